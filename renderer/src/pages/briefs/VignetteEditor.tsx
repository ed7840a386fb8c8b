// One vignette of a brief: the redacted text with every replacement highlighted, the original for
// comparison, each redaction with a way to undo it, and adding a redaction by the words to hide
// (every occurrence in this narrative). Main checks the spans again and renumbers placeholders.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { BriefVignette, BriefView } from '../../../../core/briefs/briefs';
import { IDENTIFIER_KINDS, type IdentifierKind, type Span } from '../../../../core/briefs/redaction-types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';
import { useBriefText } from './briefText';

type Props = { briefId: number; number: number; vignette: BriefVignette; onChanged: (view: BriefView) => void };

function Highlighted({ vignette }: { vignette: BriefVignette }) {
  const text = useBriefText();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of [...vignette.replacements].sort((a, b) => a.start - b.start)) {
    if (r.start > at) parts.push(vignette.redacted.slice(at, r.start));
    parts.push(
      <mark key={r.start} className={`redaction redaction--${r.kind}`} title={text.kind(r.kind)}>
        {vignette.redacted.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  parts.push(vignette.redacted.slice(at));
  return (
    <p dir="auto" className="prose narrative brief-vignette__text">
      {parts}
    </p>
  );
}

/** Every case-insensitive occurrence of `needle` that overlaps no existing span. */
export function occurrences(haystack: string, needle: string, taken: readonly Span[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const h = haystack.toLocaleLowerCase();
  const n = needle.toLocaleLowerCase();
  if (n.length === 0 || h.length !== haystack.length) return out;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) {
    const end = i + n.length;
    if (!taken.some((s) => s.start < end && i < s.end) && !out.some((s) => s.start < end && i < s.end)) out.push({ start: i, end });
  }
  return out;
}

export function VignetteEditor({ briefId, number, vignette, onChanged }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const text = useBriefText();
  const id = `vignette-${vignette.position}`;
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<IdentifierKind>('person');
  const [note, setNote] = useState<string | null>(null);
  const save = useAction((spans: { start: number; end: number; kind: IdentifierKind }[]) => call('briefs.setRedactions', { briefId, position: vignette.position, spans }));
  const remove = useAction(() => call('briefs.removeVignette', { briefId, position: vignette.position }));
  const plain = (spans: readonly Span[]) => spans.map(({ start, end, kind: k }) => ({ start, end, kind: k }));

  async function apply(spans: { start: number; end: number; kind: IdentifierKind }[], done: string) {
    const view = await save.run(spans);
    if (!view) return;
    setNote(done);
    onChanged(view);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    const found = occurrences(vignette.original, words.trim(), vignette.spans);
    if (found.length === 0) {
      setNote(t('brief.redactNotFound'));
      return;
    }
    await apply([...plain(vignette.spans), ...found.map((f) => ({ ...f, kind }))], t('brief.redactAdded', { count: found.length }));
    setWords('');
  }

  return (
    <li className="brief-vignette" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {t('brief.vignetteTitle', { number })} <span className="small">{vignette.caseNumber ? t('brief.vignetteCase', { number: vignette.caseNumber }) : ''}</span>
      </h4>
      <Highlighted vignette={vignette} />
      <details>
        <summary>{t('brief.original')}</summary>
        <p dir="auto" className="prose narrative">
          {vignette.original}
        </p>
      </details>
      <details>
        <summary>{t('brief.redactions', { count: vignette.spans.length })}</summary>
        <ul className="brief-redactions">
          {vignette.spans.map((s) => (
            <li key={`${s.start}-${s.end}`}>
              <span className="small">{text.kind(s.kind)}:</span> <q dir="auto">{s.text}</q>{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                aria-disabled={save.busy || undefined}
                onClick={() => void apply(plain(vignette.spans.filter((x) => x !== s)), t('brief.redactUndone'))}
              >
                {t('brief.undoRedaction')}
                <span className="visually-hidden"> {s.text}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <form noValidate className="form brief-redact" onSubmit={(e) => void add(e)} aria-label={t('brief.addRedaction', { number })}>
        <TextField id={`${id}-words`} label={t('brief.redactWords')} value={words} onChange={setWords} maxLength={500} autoComplete="off" />
        <SelectField
          id={`${id}-kind`}
          label={t('brief.redactKind')}
          value={kind}
          onChange={(v) => setKind(IDENTIFIER_KINDS.find((k) => k === v) ?? 'person')}
          options={IDENTIFIER_KINDS.map((k) => ({ value: k, label: text.kind(k) }))}
        />
        <button type="submit" className="button button--small" aria-disabled={save.busy || undefined}>
          {t('brief.redact')}
        </button>
      </form>
      <div className="toolbar">
        <button
          type="button"
          className="button button--small button--danger"
          aria-disabled={remove.busy || undefined}
          onClick={() => void remove.run().then((view) => view && onChanged(view))}
        >
          {t('brief.removeVignette', { number })}
        </button>
      </div>
      <ErrorAlert id={`${id}-error`} text={save.error ? errorText(save.error) : remove.error ? errorText(remove.error) : null} />
      <StatusMessage text={note} />
    </li>
  );
}
