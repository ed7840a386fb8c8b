// Related cases: links both ways by case number (and unlinking), and merging another case into
// this one.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useErrorText, useT } from '../../i18n/useT';
import { caseHref } from '../cases/links';
import { StatusBadge } from '../cases/StatusBadges';
import { useCase, useCaseChange } from './caseContext';
import { CASE_NUMBER, normaliseNumber } from './caseNumber';
import { ControlGroup } from './ControlGroup';
import { MergeCase } from './MergeCase';
import { Panel } from './Panel';

const LINK_ERROR_ID = 'link-error';

function LinkForm() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [number, setNumber] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const link = useCaseChange((other: string) => call('cases.link', { caseId: detail.id, otherNumber: other, linked: true }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const n = normaliseNumber(number);
    const bad = !CASE_NUMBER.test(n);
    setInvalid(bad);
    if (bad) {
      link.clearError();
      return;
    }
    if (await link.run(n)) {
      setNumber('');
      setDone(t('case.links.linked', { number: n }));
    }
  }

  const error = invalid ? t('case.links.numberInvalid') : link.error ? errorText(link.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-labelledby="link-add-title" aria-busy={link.busy || undefined}>
      <h3 id="link-add-title">{t('case.links.add')}</h3>
      <ControlGroup legend={t('case.links.add')}>
        <TextField
          id="link-number"
          label={t('case.links.number')}
          hint={t('case.links.numberHint')}
          value={number}
          onChange={setNumber}
          autoComplete="off"
          plain
          maxLength={20}
          errorId={error ? LINK_ERROR_ID : null}
        />
        <ErrorAlert id={LINK_ERROR_ID} text={link.busy ? null : error} />
        <SubmitButton busy={link.busy} label={t('case.links.submit')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done} />
    </form>
  );
}

function UnlinkButton({ number }: { number: string }) {
  const t = useT();
  const errorText = useErrorText();
  const { detail, canWrite, readOnlyNoteId } = useCase();
  const unlink = useCaseChange(() => call('cases.link', { caseId: detail.id, otherNumber: number, linked: false }));
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={!canWrite}
        aria-describedby={readOnlyNoteId}
        aria-label={t('case.links.unlinkNamed', { number })}
        onClick={() => {
          void unlink.run().then((next) => {
            // The link leaves the list: focus goes to the field for linking.
            if (next) document.getElementById('link-number')?.focus();
          });
        }}
      >
        {unlink.busy ? t('common.busy') : t('case.links.unlink')}
      </button>
      <ErrorAlert id={`unlink-${number}-error`} text={unlink.error ? errorText(unlink.error) : null} />
    </>
  );
}

export function LinksSection() {
  const t = useT();
  const { detail } = useCase();
  return (
    <Panel id="links" level={2} title={t('case.links.title')}>
      {detail.links.length === 0 ? (
        <p>{t('case.links.none')}</p>
      ) : (
        <ul className="links">
          {detail.links.map((l) => (
            <li key={l.id}>
              <a href={caseHref(l.id)}>{l.number}</a> <StatusBadge status={l.status} /> <UnlinkButton number={l.number} />
            </li>
          ))}
        </ul>
      )}
      <LinkForm />
      <MergeCase />
    </Panel>
  );
}
