// The case's referrals to partner organisations and the form to propose one. Every step answers
// with the case's referrals; the case is then read again so the timeline shows the step.
import { useCallback, useState } from 'react';
import type { Referral } from '../../../../core/referrals/referrals';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { ProposeReferral } from '../referrals/ProposeReferral';
import { ReferralItem } from '../referrals/ReferralItem';
import { useCase } from './caseContext';
import { Panel } from './Panel';

export function ReferralsPanel() {
  const t = useT();
  const errorText = useErrorText();
  const { detail, canWrite, update } = useCase();
  const caseId = detail.id;
  const load = useCallback(() => call('referrals.ofCase', { caseId }), [caseId]);
  const loaded = useLoad(load);
  const [list, setList] = useState<Referral[] | null>(null);
  const [refreshError, setRefreshError] = useState(false);
  const referrals = list ?? loaded.data;

  async function changed(next: Referral[]) {
    setList(next);
    try {
      update(await call('cases.get', { caseId }));
      setRefreshError(false);
    } catch {
      setRefreshError(true);
    }
  }

  return (
    <Panel id="referrals" level={2} title={t('referral.title')}>
      <ErrorAlert id="referrals-error" text={loaded.error ? errorText(loaded.error) : refreshError ? t('referral.refreshFailed') : null} />
      {referrals && referrals.length === 0 && <p>{t('referral.none')}</p>}
      {referrals && referrals.length > 0 && (
        <ul className="referrals">
          {referrals.map((r) => (
            <ReferralItem key={r.id} referral={r} canWrite={canWrite} onChanged={(next) => void changed(next)} />
          ))}
        </ul>
      )}
      {canWrite && detail.reports.length > 0 && <ProposeReferral detail={detail} onProposed={(next) => void changed(next)} />}
    </Panel>
  );
}
