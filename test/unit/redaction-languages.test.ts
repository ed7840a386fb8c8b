// One narrative per language (Dutch, English, Turkish, Arabic) with most identifier kinds in it,
// detected and redacted end to end: the whole redacted text is compared, so a missed identifier
// and an ordinary word taken for one both fail.
import { describe, expect, it } from 'vitest';
import { Redactor, detectIdentifiers, findLeaks } from '../../main/briefs/redaction';

const CASES: [string, string, string][] = [
  [
    'nl',
    'Ik ben Fatima El-Amrani (06-12345678, fatima@example.nl) en woon op de Kerkstraat 12a, 1234 AB Utrecht. ' +
      'Op 12 maart 2026 stond een auto met kenteken 12-ABC-3 voor de deur; IBAN NL91 ABNA 0417 1643 00, BSN 123456782, ' +
      'paspoort XN12345K7, IP 192.168.1.10, https://t.me/fatima_e en @fatima_e.',
    'Ik ben [PERSOON 1] ([TELEFOON 1], [EMAIL 1]) en woon op de [ADRES 1], [POSTCODE 1] Utrecht. ' +
      'Op [maart 2026] stond een auto met kenteken [KENTEKEN 1] voor de deur; IBAN [IBAN 1], BSN [BSN 1], ' +
      'paspoort [DOCUMENT 1], IP [IP 1], [URL 1] en [ACCOUNT 1].',
  ],
  [
    'en',
    'My cousin John Smith called me from +44 7911 123456 on March 3, 2026. He wrote to john.smith@example.com and ' +
      'visited 221B Baker Street. My passport number: 123456789X; my IP was 2001:db8::1; see instagram.com/johnsmith.',
    'My cousin [PERSOON 1] called me from [TELEFOON 1] on [maart 2026]. He wrote to [EMAIL 1] and ' +
      'visited [ADRES 1]. My passport number: [DOCUMENT 1]; my IP was [IP 1]; see [URL 1].',
  ],
  [
    'tr',
    'Kardeşim Mehmet Yılmaz beni 0532 123 45 67 numarasından aradı. Adresim Atatürk Caddesi No: 5, e-posta ' +
      'mehmet@example.com.tr. 5 Mayıs 2026 tarihinde 34 ABC 123 plakalı araç geldi. TC kimlik no 10000000146.',
    'Kardeşim [PERSOON 1] beni [TELEFOON 1] numarasından aradı. Adresim [ADRES 1], e-posta ' +
      '[EMAIL 1]. [mei 2026] tarihinde [KENTEKEN 1] plakalı araç geldi. TC kimlik no [DOCUMENT 1].',
  ],
  [
    'ar',
    'اتصل بي السيد حسن العلوي من الرقم +٢١٢ ٦ ١٢ ٣٤ ٥٦ ٧٨ يوم ١٢ مارس ٢٠٢٦، وبريده hassan@example.ma. ' +
      'رقم الهوية: AB123456. أسكن في شارع الحرية رقم 12.',
    'اتصل بي السيد [PERSOON 1] من الرقم [TELEFOON 1] يوم [maart 2026]، وبريده [EMAIL 1]. ' +
      'رقم الهوية: [DOCUMENT 1]. أسكن في [ADRES 1].',
  ],
];

describe.each(CASES)('%s narrative', (_lang, text, expected) => {
  it('is redacted completely, and nothing else is', () => {
    const r = new Redactor({ names: [] });
    const { text: out } = r.redact(text, detectIdentifiers(text, { names: [] }));
    expect(out).toBe(expected);
    expect(findLeaks([{ where: 'v', text: out }], r.seen())).toEqual([]);
  });
});
