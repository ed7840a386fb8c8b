// An attachment's preview from 'attachments.preview': an image as the PNG main encoded afresh
// (a data: URL, which the CSP allows for images), text as preformatted plain text, and anything
// else described by its real type (from the bytes), size and hash. Never the stored bytes.
import { useState } from 'react';
import type { AttachmentPreview } from '../../../../core/attachments';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useFormatBytes } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

type Props = { reportId: string; position: number; filename: string };

export function AttachmentPreviewButton({ reportId, position, filename }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [preview, setPreview] = useState<AttachmentPreview | null>(null);
  const [open, setOpen] = useState(false);
  const load = useAction(() => call('attachments.preview', { reportId, position }));
  const id = `preview-${reportId}-${position}`;

  async function toggle() {
    if (open) {
      setOpen(false);
      return;
    }
    setOpen(true);
    if (!preview) {
      const p = await load.run();
      if (p) setPreview(p);
    }
  }

  return (
    <div className="preview">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t(open ? 'case.preview.hideNamed' : 'case.preview.showNamed', { name: filename })}
        onClick={() => void toggle()}
      >
        {open ? t('case.preview.hide') : t('case.preview.show')}
      </button>
      {open && (
        <div id={id} className="preview__panel" aria-busy={load.busy || undefined}>
          {load.busy && <p role="status">{t('common.busy')}</p>}
          <ErrorAlert id={`${id}-error`} text={load.error ? errorText(load.error) : null} />
          {preview && <PreviewBody preview={preview} />}
        </div>
      )}
    </div>
  );
}

function PreviewBody({ preview }: { preview: AttachmentPreview }) {
  const t = useT();
  const formatBytes = useFormatBytes();
  const mismatch = preview.realType !== preview.declaredType;
  return (
    <>
      {mismatch && (
        <p className="review-note">{t('case.preview.mismatch', { real: preview.realType, declared: preview.declaredType })}</p>
      )}
      {preview.kind === 'image' && (
        <img
          className="preview__image"
          src={`data:image/png;base64,${preview.png}`}
          width={preview.width}
          height={preview.height}
          alt={t('case.preview.imageAlt', { name: preview.filename })}
        />
      )}
      {preview.kind === 'text' && (
        <>
          <pre className="preview__text" dir="auto" tabIndex={0} aria-label={t('case.preview.textLabel', { name: preview.filename })}>
            {preview.text}
          </pre>
          {preview.truncated && <p className="small">{t('case.preview.truncated')}</p>}
        </>
      )}
      {preview.kind === 'other' && (
        <>
          <p>{t(`case.preview.refused.${preview.reason}`)}</p>
          <dl className="facts">
            <div>
              <dt>{t('case.attachments.file')}</dt>
              <dd dir="auto">{preview.filename}</dd>
            </div>
            <div>
              <dt>{t('case.preview.realType')}</dt>
              <dd>
                <code>{preview.realType}</code>
              </dd>
            </div>
            <div>
              <dt>{t('quarantine.size')}</dt>
              <dd>{formatBytes(preview.size)}</dd>
            </div>
            <div>
              <dt>{t('case.attachments.sha256')}</dt>
              <dd>
                <code className="hash hash--wide">{preview.sha256}</code>
              </dd>
            </div>
          </dl>
        </>
      )}
    </>
  );
}
