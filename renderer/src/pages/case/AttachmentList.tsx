// The attachments of a report: file name, the type intake declared, size and SHA-256; each can be
// previewed on request (the preview is made in main and audited there).
import type { CaseReport } from '../../../../core/cases/types';
import { useFormatBytes } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { AttachmentPreviewButton } from './AttachmentPreview';

export function AttachmentList({ report, headingId }: { report: CaseReport; headingId: string }) {
  const t = useT();
  const formatBytes = useFormatBytes();
  const { attachments } = report;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('case.attachments.title', { count: attachments.length })}</h4>
      {attachments.length === 0 ? (
        <p>{t('case.attachments.none')}</p>
      ) : (
        <ul className="attachments">
          {attachments.map((a) => (
            <li key={a.position} className="attachment">
              <dl className="facts">
                <div>
                  <dt>{t('case.attachments.file')}</dt>
                  <dd className="file-name" dir="auto">
                    {a.filename}
                  </dd>
                </div>
                <div>
                  <dt>{t('case.attachments.declared')}</dt>
                  <dd>
                    <code>{a.mediaType}</code>
                  </dd>
                </div>
                <div>
                  <dt>{t('quarantine.size')}</dt>
                  <dd>{formatBytes(a.size)}</dd>
                </div>
                <div>
                  <dt>{t('case.attachments.sha256')}</dt>
                  <dd>
                    <code className="hash hash--wide">{a.sha256}</code>
                  </dd>
                </div>
              </dl>
              {a.description && (
                <p dir="auto" className="small">
                  {a.description}
                </p>
              )}
              <AttachmentPreviewButton reportId={report.reportId} position={a.position} filename={a.filename} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
