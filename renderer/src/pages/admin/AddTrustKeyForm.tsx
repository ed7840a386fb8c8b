// Trust a new intake station: its name and its minisign public key, pasted or read from a .pub
// file here in the page (the file's text goes into the field, to be checked before adding).
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import type { ErrorCode } from '../../../../core/errors';
import type { IntakeKeyInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

const ERROR_ID = 'trust-add-error';
/** Far above a minisign public key (about 120 bytes); the channel takes at most 4096 characters. */
const MAX_KEY_FILE_BYTES = 4096;
type Field = 'label' | 'publicKey' | 'file';

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

export function AddTrustKeyForm({ onAdded }: { onAdded: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [label, setLabel] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [missing, setMissing] = useState<Field | null>(null);
  const [fileError, setFileError] = useState<ErrorCode | null>(null);
  const [readFrom, setReadFrom] = useState<string | null>(null);
  const [added, setAdded] = useState<IntakeKeyInfo | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const add = useAction(() => call('trust.add', { publicKey: publicKey.trim(), label: label.trim() }));

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setReadFrom(null);
    setFileError(null);
    setMissing(null);
    add.clearError();
    if (!file) return;
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError('trust-key-invalid');
      return;
    }
    try {
      setPublicKey((await readText(file)).trim());
      setReadFrom(file.name);
    } catch {
      setFileError('internal');
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (add.busy) return;
    setAdded(null);
    setFileError(null);
    const empty: Field | null = label.trim() === '' ? 'label' : publicKey.trim() === '' ? 'publicKey' : null;
    setMissing(empty);
    if (empty) {
      add.clearError();
      return;
    }
    const key = await add.run();
    if (!key) return;
    setAdded(key);
    setLabel('');
    setPublicKey('');
    setReadFrom(null);
    if (fileInput.current) fileInput.current.value = '';
    onAdded();
  }

  const field: Field | null = missing ?? (fileError ? 'file' : add.error ? 'publicKey' : null);
  const error = missing ? t('form.required') : fileError ? errorText(fileError) : add.error ? errorText(add.error) : null;
  const errorFor = (f: Field) => (error && field === f ? ERROR_ID : null);
  return (
    <section className="panel" aria-labelledby="trust-add-title">
      <h3 id="trust-add-title">{t('trust.addTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={add.busy || undefined} className="form">
        <TextField
          id="trust-label"
          label={t('trust.addLabel')}
          hint={t('trust.addLabelHint')}
          value={label}
          onChange={setLabel}
          autoComplete="off"
          required
          errorId={errorFor('label')}
        />
        <TextAreaField
          id="trust-public-key"
          label={t('trust.publicKey')}
          hint={t('trust.publicKeyHint')}
          value={publicKey}
          onChange={(v) => {
            setPublicKey(v);
            setReadFrom(null);
          }}
          rows={3}
          required
          plain
          errorId={errorFor('publicKey')}
        />
        <div className="field">
          <label htmlFor="trust-file">{t('trust.file')}</label>
          <input
            ref={fileInput}
            id="trust-file"
            type="file"
            accept=".pub,text/plain"
            aria-invalid={errorFor('file') ? true : undefined}
            aria-describedby={errorFor('file') ?? undefined}
            onChange={(e) => void chooseFile(e)}
          />
        </div>
        <StatusMessage text={readFrom ? t('trust.fileRead', { name: readFrom }) : null} />
        <ErrorAlert id={ERROR_ID} text={add.busy ? null : error} />
        <SubmitButton busy={add.busy} label={t('trust.addSubmit')} busyLabel={t('common.busy')} />
        <StatusMessage tone="success" text={added ? t('trust.addDone', { keyId: added.keyId, label: added.label }) : null} />
      </form>
    </section>
  );
}
