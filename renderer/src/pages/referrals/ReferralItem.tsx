// One referral on the case page: partner, status, reason, what is shared, who proposed and who
// decided, the follow-up date, what was written to the medium; and the next steps this user may
// take. Main decides again on every step (four eyes, roles, status).
import { type ReactNode, useState } from 'react';
import { type Referral, type SentReferral, isOpenReferral } from '../../../../core/referrals/referrals';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { localToday, useFormatBytes, useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { FollowUpBadge } from '../cases/FollowUpBadge';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { useReferralText } from './referralText';

type Props = { referral: Referral; canWrite: boolean; onChanged: (list: Referral[]) => void };

/** One term and its value; `text` marks words people wrote (direction from the text, breaks kept). */
function Fact({ label, text, children }: { label: string; text?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd {...(text ? { dir: 'auto', className: 'narrative' } : {})}>{children}</dd>
    </div>
  );
}

/** Writing the package; what was written is said by the item, which stays when this control goes. */
function SendControl({ referral, onSent }: { referral: Referral; onSent: (out: SentReferral, text: string) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const formatBytes = useFormatBytes();
  const id = `referral-${referral.id}`;
  const [followUp, setFollowUp] = useState('');
  const send = useAction(() => call('referrals.send', { referralId: referral.id, followUpOn: followUp === '' ? null : followUp }));
  async function run() {
    const out = await send.run();
    if (!out) return;
    onSent(
      out,
      t(out.file.encrypted ? 'referral.writtenEncrypted' : 'referral.writtenPrint', {
        file: out.file.fileName,
        directory: out.file.directory,
        size: formatBytes(out.file.size),
        hash: out.file.sha256.slice(0, 16),
      }),
    );
  }
  return (
    <div className="referral__send">
      <TextField id={`${id}-send-follow-up`} type="date" label={t('referral.sendFollowUp')} hint={t('referral.sendFollowUpHint')} value={followUp} onChange={setFollowUp} />
      <button type="button" className="button" aria-disabled={send.busy || undefined} onClick={() => void run()}>
        {send.busy ? t('common.busy') : t('referral.send')}
      </button>
      <ErrorAlert id={`${id}-send-error`} text={send.error ? errorText(send.error) : null} />
    </div>
  );
}

function ProgressControl({ referral, onChanged }: { referral: Referral; onChanged: (list: Referral[]) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const id = `referral-${referral.id}`;
  const [followUp, setFollowUp] = useState(referral.followUpOn ?? '');
  const step = useAction((to: 'acknowledged' | 'closed') => call('referrals.progress', { referralId: referral.id, to, followUpOn: followUp === '' ? null : followUp }));
  async function run(to: 'acknowledged' | 'closed') {
    const list = await step.run(to);
    if (list) onChanged(list);
  }
  return (
    <div className="referral__progress">
      <TextField id={`${id}-follow-up`} type="date" label={t('referral.nextFollowUp')} value={followUp} onChange={setFollowUp} />
      <div className="toolbar">
        {referral.status === 'sent' && (
          <button type="button" className="button button--small" aria-disabled={step.busy || undefined} onClick={() => void run('acknowledged')}>
            {t('referral.acknowledge')}
          </button>
        )}
        <button type="button" className="button button--small button--secondary" aria-disabled={step.busy || undefined} onClick={() => void run('closed')}>
          {t('referral.close')}
        </button>
      </div>
      <ErrorAlert id={`${id}-progress-error`} text={step.error ? errorText(step.error) : null} />
    </div>
  );
}

export function ReferralItem({ referral, canWrite, onChanged }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const text = useReferralText();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const { session } = useSession();
  const coordinator = session.roles.includes('coordinator');
  const id = `referral-${referral.id}`;
  const [written, setWritten] = useState<string | null>(null);
  const decide = useAction((approve: boolean) => call('referrals.decide', { referralId: referral.id, approve }));
  const withdraw = useAction(() => call('referrals.withdraw', { referralId: referral.id }));
  async function act(run: () => Promise<Referral[] | undefined>) {
    const list = await run();
    if (list) onChanged(list);
  }
  const mayDecide = referral.status === 'proposed' && coordinator && referral.proposedBy !== session.username;
  const mayWithdraw = (referral.status === 'proposed' || referral.status === 'approved') && (coordinator || referral.proposedBy === session.username);
  const error = decide.error ?? withdraw.error;
  return (
    <li className="referral" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="referral__title">
        <span dir="auto">{referral.partner.name}</span> <span className="small">({text.kind(referral.partner.kind)})</span> <ReferralStatusBadge status={referral.status} />
      </h4>
      <dl className="facts">
        <Fact label={t('referral.reference')}>
          <code>{referral.reference}</code>
        </Fact>
        <Fact label={t('referral.reason')} text>
          {referral.reason}
        </Fact>
        <Fact label={t('referral.fields')}>{referral.fields.map(text.field).join(', ')}</Fact>
        {referral.override && (
          <Fact label={t('referral.override')} text>
            {referral.override}
          </Fact>
        )}
        <Fact label={t('referral.proposedLabel')}>{t('referral.byAt', { who: referral.proposedBy, at: formatDateTime(referral.proposedAt) })}</Fact>
        {referral.decidedBy && referral.decidedAt && (
          <Fact label={referral.status === 'declined' ? t('referral.declinedBy') : t('referral.approvedBy')}>
            {t('referral.byAt', { who: referral.decidedBy, at: formatDateTime(referral.decidedAt) })}
          </Fact>
        )}
        {referral.sent && (
          <Fact label={t('referral.sentLabel')}>
            {t(referral.sent.encrypted ? 'referral.sentEncrypted' : 'referral.sentPrint', {
              who: referral.sent.sentBy,
              at: formatDateTime(referral.sent.sentAt),
              file: referral.sent.fileName,
            })}{' '}
            <code className="hash">{referral.sent.sha256.slice(0, 16)}</code>
          </Fact>
        )}
        {referral.followUpOn && (
          <Fact label={t('referral.followUp')}>
            {formatDay(referral.followUpOn)} <FollowUpBadge day={referral.followUpOn} closed={!isOpenReferral(referral.status)} today={localToday()} />
          </Fact>
        )}
      </dl>
      {referral.letter.trim() !== '' && (
        <details>
          <summary>{t('referral.letter')}</summary>
          <p dir="auto" className="prose narrative">
            {referral.letter}
          </p>
        </details>
      )}
      {referral.status === 'proposed' && !mayDecide && <p className="small">{t('referral.awaitingApproval')}</p>}
      <div className="toolbar">
        {mayDecide && (
          <>
            <button type="button" className="button button--small" aria-disabled={decide.busy || undefined} onClick={() => void act(() => decide.run(true))}>
              {t('referral.approve')}
            </button>
            <button type="button" className="button button--small button--secondary" aria-disabled={decide.busy || undefined} onClick={() => void act(() => decide.run(false))}>
              {t('referral.decline')}
            </button>
          </>
        )}
        {mayWithdraw && (
          <button type="button" className="button button--small button--danger" aria-disabled={withdraw.busy || undefined} onClick={() => void act(() => withdraw.run())}>
            {t('referral.withdraw')}
          </button>
        )}
      </div>
      <ErrorAlert id={`${id}-error`} text={error ? errorText(error) : null} />
      {referral.status === 'approved' && canWrite && (
        <SendControl
          referral={referral}
          onSent={(out, text) => {
            setWritten(text);
            onChanged(out.referrals);
          }}
        />
      )}
      <StatusMessage tone="success" text={written} />
      {(referral.status === 'sent' || referral.status === 'acknowledged') && canWrite && <ProgressControl referral={referral} onChanged={onChanged} />}
    </li>
  );
}
