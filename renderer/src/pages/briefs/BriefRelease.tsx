// Releasing a brief: the leak check (where identifiers of the counted reports still occur, never
// the identifiers themselves), approval by a second coordinator, and the export to a medium:
// age-encrypted to the configured recipients, or, only when chosen explicitly, a PDF to print.
import { useState } from 'react';
import type { BriefLeak, BriefView } from '../../../../core/briefs/briefs';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useFormatBytes } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useBriefText } from './briefText';

type Props = { view: BriefView; onChanged: (view: BriefView) => void };

export function BriefRelease({ view, onChanged }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const text = useBriefText();
  const formatBytes = useFormatBytes();
  const [leaks, setLeaks] = useState<BriefLeak[] | null>(null);
  const [print, setPrint] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const check = useAction(() => call('briefs.check', { briefId: view.id }));
  const approve = useAction(() => call('briefs.approve', { briefId: view.id }));
  const exporter = useAction(() => call('briefs.export', { briefId: view.id, print }));

  async function runCheck() {
    const found = await check.run();
    if (found) setLeaks(found);
  }
  async function runApprove() {
    const next = await approve.run();
    // Refused (a leak, or four eyes): the check shows where, if that is why.
    if (next) onChanged(next);
    else await runCheck();
  }
  async function runExport() {
    setWritten(null);
    const file = await exporter.run();
    if (!file) return;
    setWritten(t(file.encrypted ? 'brief.writtenEncrypted' : 'brief.writtenPrint', { file: file.fileName, directory: file.directory, size: formatBytes(file.size), hash: file.sha256.slice(0, 16) }));
    onChanged(await call('briefs.get', { briefId: view.id }));
  }

  const approved = view.status !== 'draft';
  const error = check.error ?? approve.error ?? exporter.error;
  return (
    <section className="panel" aria-labelledby="brief-release-title">
      <h2 id="brief-release-title">{t('brief.release')}</h2>
      <p>{approved ? t('brief.approvedBy', { who: view.approvedBy ?? '' }) : t('brief.needsApproval')}</p>
      <div className="toolbar">
        <button type="button" className="button button--secondary" aria-disabled={check.busy || undefined} onClick={() => void runCheck()}>
          {t('brief.runCheck')}
        </button>
        {!approved && view.mayApprove && (
          <button type="button" className="button" aria-disabled={approve.busy || undefined} onClick={() => void runApprove()}>
            {t('brief.approve')}
          </button>
        )}
      </div>
      {!approved && !view.mayApprove && <p className="small">{t('brief.otherApprover')}</p>}
      {leaks !== null && leaks.length === 0 && <StatusMessage tone="success" text={t('brief.noLeaks')} />}
      {leaks !== null && leaks.length > 0 && (
        <div className="message message--error" role="alert">
          <p>{t('brief.leaks', { count: leaks.length })}</p>
          <ul>
            {leaks.map((l, i) => (
              <li key={i}>
                <strong>{l.where}</strong> ({l.kind === 'known' ? t('brief.knownIdentifier') : text.kind(l.kind)}): <q dir="auto">{l.excerpt}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {approved && (
        <fieldset className="fieldset">
          <legend>{t('brief.export')}</legend>
          <CheckboxField id="brief-print" label={t('brief.printChoice')} checked={print} onChange={setPrint} describedBy="brief-print-hint" />
          <p id="brief-print-hint" className="field__hint">
            {t('brief.printHint')}
          </p>
          <div className="toolbar">
            <button type="button" className="button" aria-disabled={exporter.busy || undefined} onClick={() => void runExport()}>
              {exporter.busy ? t('common.busy') : print ? t('brief.exportPrint') : t('brief.exportEncrypted')}
            </button>
          </div>
        </fieldset>
      )}
      <ErrorAlert id="brief-release-error" text={error ? errorText(error) : null} />
      <StatusMessage tone="success" text={written} />
    </section>
  );
}
