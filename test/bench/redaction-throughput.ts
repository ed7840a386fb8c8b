// Redaction throughput for the brief bench: ~20 MB of synthetic narratives in the synth corpus's
// languages and scripts (Dutch, Turkish, Arabic, Persian, Uyghur, English…), each with a few
// identifiers woven in (names, phones, e-mail, IBAN, dates, addresses), detected and redacted one
// narrative at a time with one Redactor, as the brief builder does per vignette. Reports UTF-8
// megabytes of input per second of wall-clock time; generating the text is not timed.
import { createSynth } from '../../main/bundle/synth';
import { Redactor, detectIdentifiers } from '../../main/briefs/redaction';

const TARGET_BYTES = 20 * 1024 * 1024;

const EXTRAS = [
  (n: number) => `Bel me op 06-${String(12345678 + n).slice(0, 8)} of mail naar melder${n}@example.nl.`,
  (n: number) => `Mijn broer Karim en dhr. Jansen waren er op ${1 + (n % 28)} maart 2026, Kerkstraat ${1 + (n % 200)}a.`,
  (n: number) => `My cousin John called from +90 532 ${String(100 + (n % 900))} 45 67 on March ${1 + (n % 28)}, 2026.`,
  (n: number) => `Kardeşim Mehmet Yılmaz, Atatürk Caddesi No: ${1 + (n % 90)}, plaka 34 ABC ${100 + (n % 900)}.`,
  (n: number) => `اتصل بي السيد حسن العلوي على الرقم +212 6 12 34 ${String(10 + (n % 90))} 78 في ${1 + (n % 28)} مارس 2026.`,
  () => 'IBAN NL91 ABNA 0417 1643 00, zie www.example.nl/profiel of @melder_x.',
];

export type RedactionCorpus = { texts: string[]; names: string[]; bytes: number };
let corpus: RedactionCorpus | null = null;

/** The ~20 MB of narratives the throughput is measured on (made once, then kept). */
export function redactionCorpus(): RedactionCorpus {
  corpus ??= narratives();
  return corpus;
}

function narratives(): RedactionCorpus {
  const synth = createSynth({ seed: 7, receivedFrom: new Date('2025-01-01T00:00:00Z'), receivedTo: new Date('2026-01-01T00:00:00Z') });
  const texts: string[] = [];
  const names: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < TARGET_BYTES; n++) {
    const report = JSON.parse(synth.next().json.toString('utf8')) as {
      reporter: { name?: string; pseudonym: string };
      incident: { narrative: string };
    };
    if (n < 50) {
      names.push(report.reporter.pseudonym);
      if (report.reporter.name) names.push(report.reporter.name);
    }
    const extra = EXTRAS[n % EXTRAS.length]?.(n) ?? '';
    const text = `${report.incident.narrative}\n\n${extra}`;
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { texts, names, bytes };
}

export async function redactionThroughput(): Promise<{ mbPerSecond: number; bytes: number; ms: number }> {
  const { texts, names, bytes } = redactionCorpus();
  const known = { names };
  const redactor = new Redactor(known);
  detectIdentifiers('warm-up: Ayşe Yılmaz 06-12345678 12 maart 2026', known); // tables built outside the timing
  const start = process.hrtime.bigint();
  for (const text of texts) redactor.redact(text, detectIdentifiers(text, known));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { mbPerSecond: bytes / (1024 * 1024) / (ms / 1000), bytes, ms };
}
