// The workstation's two public recipients, each with a copy button, and the export of both to a
// removable medium as an age recipients file.
import { useState } from 'react';
import type { Recipients } from '../../../core/types';
import { call } from '../api/client';
import { useAction } from '../hooks/useAction';
import { useErrorText, useT } from '../i18n/useT';
import { CopyButton } from './CopyButton';
import { Heading } from './Heading';
import { ErrorAlert, StatusMessage } from './Messages';

type Written = { fileName: string; directory: string };

function Recipient({ id, title, value, level }: { id: string; title: string; value: string; level: 2 | 3 }) {
  return (
    <section className="recipient" aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        {title}
      </Heading>
      <p className="recipient__value">
        <code id={`${id}-value`}>{value}</code>
      </p>
      <CopyButton text={value} targetId={`${id}-value`} what={title} />
    </section>
  );
}

export function RecipientsPanel({ recipients, headingLevel }: { recipients: Recipients; headingLevel: 2 | 3 }) {
  const t = useT();
  const errorText = useErrorText();
  const [written, setWritten] = useState<Written | null>(null);
  const exporting = useAction(async () => {
    setWritten(null);
    setWritten(await call('vault.exportRecipients', {}));
  });
  return (
    <div className="recipients">
      <Recipient id="recipient-pq" title={t('recipients.pq')} value={recipients.pq} level={headingLevel} />
      <Recipient id="recipient-x25519" title={t('recipients.x25519')} value={recipients.x25519} level={headingLevel} />
      <section className="export" aria-labelledby="recipients-export-title">
        <Heading level={headingLevel} id="recipients-export-title">
          {t('recipients.exportTitle')}
        </Heading>
        <p>{t('recipients.exportText')}</p>
        <button
          type="button"
          className="button"
          aria-disabled={exporting.busy || undefined}
          onClick={() => void exporting.run()}
        >
          {exporting.busy ? t('recipients.exportBusy') : t('recipients.export')}
        </button>
        <StatusMessage tone="success" text={written ? t('recipients.exported', { ...written }) : null} />
        <ErrorAlert id="recipients-export-error" text={exporting.error ? errorText(exporting.error) : null} />
      </section>
    </div>
  );
}
