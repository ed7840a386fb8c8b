// A report that came from another case by a merge can go back there ("split back out").
import { useState } from 'react';
import type { CaseReport } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ErrorAlert } from '../../components/Messages';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { REPORTS_HEADING_ID } from './RevealIdentity';

export function SplitReport({ report }: { report: CaseReport }) {
  const t = useT();
  const errorText = useErrorText();
  const { detail, canWrite, readOnlyNoteId } = useCase();
  const [confirming, setConfirming] = useState(false);
  const split = useCaseChange(() => call('cases.split', { caseId: detail.id, reportId: report.reportId }));
  const id = `split-${report.reportId}`;

  async function splitOut() {
    // The report leaves this page: focus goes to the reports' heading.
    if (await split.run()) document.getElementById(REPORTS_HEADING_ID)?.focus();
  }
  return (
    <div className="split">
      <p className="small">{t('case.split.text')}</p>
      {confirming ? (
        <ConfirmStep
          id={id}
          question={t('case.split.question')}
          confirmLabel={t('case.split.confirm')}
          busy={split.busy}
          onConfirm={() => void splitOut()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="button"
          disabled={!canWrite}
          aria-describedby={readOnlyNoteId}
          onClick={() => {
            split.clearError();
            setConfirming(true);
          }}
        >
          {t('case.split.button')}
        </button>
      )}
      <ErrorAlert id={`${id}-error`} text={split.error ? errorText(split.error) : null} />
    </div>
  );
}
