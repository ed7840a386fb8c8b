// A coordinator may see the reporters' identity and contact details of this case, with a reason
// of at least 10 characters; the reveal and the reason go to the audit log and the case timeline.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';

const ERROR_ID = 'reveal-error';
export const REVEAL_REASON_MIN = 10;
export const REPORTS_HEADING_ID = 'reports-title';

export function RevealIdentity() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const reveal = useCaseChange((r: string) => call('cases.reveal', { caseId: detail.id, reason: r }));
  const [openerRef, focusOpener] = useFocusReturn<HTMLButtonElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = reason.trim();
    const tooShort = r.length < REVEAL_REASON_MIN;
    setShort(tooShort);
    if (tooShort) {
      reveal.clearError();
      return;
    }
    // The shown identity replaces this form: focus goes to the reports' heading, which says so.
    if (await reveal.run(r)) document.getElementById(REPORTS_HEADING_ID)?.focus();
  }

  const error = short ? t('case.reveal.tooShort', { min: REVEAL_REASON_MIN }) : reveal.error ? errorText(reveal.error) : null;
  return (
    <section className="panel panel--warning" aria-labelledby="reveal-title">
      <h3 id="reveal-title">{t('case.reveal.title')}</h3>
      <p>{t('case.reveal.text')}</p>
      {open ? (
        <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-busy={reveal.busy || undefined}>
          <p className="notice" id="reveal-warning">
            {t('case.reveal.warning')}
          </p>
          <TextAreaField
            id="reveal-reason"
            label={t('case.reveal.reason')}
            hint={t('case.reveal.reasonHint', { min: REVEAL_REASON_MIN })}
            value={reason}
            onChange={setReason}
            rows={3}
            required
            autoFocus
            errorId={error ? ERROR_ID : null}
          />
          <ErrorAlert id={ERROR_ID} text={reveal.busy ? null : error} />
          <div className="toolbar">
            <SubmitButton busy={reveal.busy} label={t('case.reveal.submit')} busyLabel={t('common.busy')} />
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setShort(false);
                reveal.clearError();
                focusOpener();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button ref={openerRef} type="button" className="button" onClick={() => setOpen(true)}>
          {t('case.reveal.open')}
        </button>
      )}
    </section>
  );
}
