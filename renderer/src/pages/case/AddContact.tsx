// Log a contact: date and time (now by default), channel, outcome and a summary.
import { type FormEvent, useState } from 'react';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '../../../../core/cases/constants';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useCodeName } from '../../i18n/codes';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';

const ERROR_ID = 'contact-error';
type Channel = (typeof CONTACT_CHANNELS)[number];
type Outcome = (typeof CONTACT_OUTCOMES)[number];

/** Now on this computer, as a datetime-local input shows it ("2026-11-28T14:05"). */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function AddContact() {
  const t = useT();
  const errorText = useErrorText();
  const codeName = useCodeName();
  const { detail } = useCase();
  const [at, setAt] = useState(localNow);
  const [channel, setChannel] = useState<Channel>('phone');
  const [outcome, setOutcome] = useState<Outcome>('reached');
  const [summary, setSummary] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);
  const add = useCaseChange((iso: string) => call('cases.addContact', { caseId: detail.id, at: iso, channel, outcome, summary }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const when = new Date(at);
    const bad = at === '' || Number.isNaN(when.getTime());
    setInvalid(bad);
    if (bad) {
      add.clearError();
      return;
    }
    if (await add.run(when.toISOString())) {
      setSummary('');
      setAt(localNow());
      setDone(true);
    }
  }

  const error = invalid ? t('case.contacts.atInvalid') : add.error ? errorText(add.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-labelledby="contact-add-title" aria-busy={add.busy || undefined}>
      <h3 id="contact-add-title">{t('case.contacts.add')}</h3>
      <ControlGroup legend={t('case.contacts.add')}>
        <div className="form-grid">
          <TextField id="contact-at" type="datetime-local" label={t('case.contacts.at')} value={at} onChange={setAt} required errorId={invalid ? ERROR_ID : null} />
          <SelectField
            id="contact-channel"
            label={t('case.contacts.channel')}
            value={channel}
            onChange={(v) => setChannel(v as Channel)}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: codeName('contactChannel', c) }))}
          />
          <SelectField
            id="contact-outcome"
            label={t('case.contacts.outcome')}
            value={outcome}
            onChange={(v) => setOutcome(v as Outcome)}
            options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: codeName('contactOutcome', o) }))}
          />
        </div>
        <TextAreaField id="contact-summary" label={t('case.contacts.summary')} value={summary} onChange={setSummary} rows={3} maxLength={20_000} errorId={!invalid && add.error ? ERROR_ID : null} />
        <ErrorAlert id={ERROR_ID} text={add.busy ? null : error} />
        <SubmitButton busy={add.busy} label={t('case.contacts.submit')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('case.contacts.added') : null} />
    </form>
  );
}
