// Adds a partner organisation or changes one: name, kind, region, how to reach them, what they
// accept, an optional age recipient for encrypted delivery, and whether it is active.
import { type FormEvent, useState } from 'react';
import { PARTNER_KINDS, type Partner, type PartnerKind } from '../../../../core/referrals/referrals';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';
import { useReferralText } from './referralText';

const ERROR_ID = 'partner-form-error';

type Props = { editing: Partner | null; onSaved: (partners: Partner[]) => void; onCancel: () => void };

export function PartnerForm({ editing, onSaved, onCancel }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const text = useReferralText();
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(editing?.kind ?? 'victim-support');
  const [region, setRegion] = useState(editing?.region ?? '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [accepts, setAccepts] = useState(editing?.accepts ?? '');
  const [recipient, setRecipient] = useState(editing?.recipient ?? '');
  const [active, setActive] = useState(editing?.active ?? true);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction(() =>
    call('partners.save', {
      ...(editing ? { id: editing.id } : {}),
      name: name.trim(),
      kind,
      region,
      contact,
      accepts,
      recipient: recipient.trim() === '' ? null : recipient.trim(),
      active,
    }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const empty = name.trim() === '';
    setMissing(empty);
    if (empty) {
      save.clearError();
      return;
    }
    const list = await save.run();
    if (!list) return;
    setSaved(name.trim());
    onSaved(list);
  }

  const error = missing ? t('form.required') : save.error ? errorText(save.error) : null;
  const title = editing ? t('partners.editTitle', { name: editing.name }) : t('partners.addTitle');
  return (
    <section className="panel" aria-labelledby="partner-form-title">
      <h3 id="partner-form-title">{title}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={save.busy || undefined} className="form form--wide">
        <div className="form-grid">
          <TextField id="partner-name" label={t('partners.name')} value={name} onChange={setName} maxLength={200} autoComplete="off" required errorId={missing ? ERROR_ID : null} />
          <SelectField
            id="partner-kind"
            label={t('partners.kind')}
            value={kind}
            onChange={(v) => setKind(PARTNER_KINDS.find((k) => k === v) ?? 'other')}
            options={PARTNER_KINDS.map((k) => ({ value: k, label: text.kind(k) }))}
          />
          <TextField id="partner-region" label={t('partners.region')} value={region} onChange={setRegion} maxLength={200} autoComplete="off" />
        </div>
        <TextAreaField id="partner-contact" label={t('partners.contact')} hint={t('partners.contactHint')} value={contact} onChange={setContact} maxLength={2000} />
        <TextAreaField id="partner-accepts" label={t('partners.accepts')} value={accepts} onChange={setAccepts} maxLength={2000} />
        <TextAreaField
          id="partner-recipient"
          label={t('partners.recipient')}
          hint={t('partners.recipientHint')}
          value={recipient}
          onChange={setRecipient}
          rows={2}
          plain
          maxLength={4000}
          errorId={save.error === 'recipient-invalid' ? ERROR_ID : null}
        />
        {editing && <CheckboxField id="partner-active" label={t('partners.active')} checked={active} onChange={setActive} />}
        <ErrorAlert id={ERROR_ID} text={save.busy ? null : error} />
        <div className="toolbar">
          <SubmitButton busy={save.busy} label={editing ? t('partners.saveChanges') : t('partners.add')} busyLabel={t('common.busy')} />
          {editing && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
        <StatusMessage tone="success" text={saved ? t('partners.saved', { name: saved }) : null} />
      </form>
    </section>
  );
}
