// Detection of each identifier kind in Dutch, English, Turkish and Arabic text: what must be found
// (with its exact span) and the near misses that must be left alone.
import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../core/briefs/redaction-types';
import { detectIdentifiers } from '../../main/briefs/redaction';

const NONE = { names: [] as string[] };

/** The detected [kind, text] pairs of `text`. */
function found(text: string, names: string[] = []): [IdentifierKind, string][] {
  return detectIdentifiers(text, { names }).map((s) => [s.kind, s.text]);
}

function ofKind(text: string, kind: IdentifierKind): string[] {
  return detectIdentifiers(text, NONE)
    .filter((s) => s.kind === kind)
    .map((s) => s.text);
}

describe('phone numbers', () => {
  it('finds Dutch and international formats', () => {
    expect(ofKind('Bel me op +31 6 12345678 of 06-12345678.', 'phone')).toEqual(['+31 6 12345678', '06-12345678']);
    expect(ofKind('Vaste lijn: 0031 20 1234567, of 020-1234567.', 'phone')).toEqual(['0031 20 1234567', '020-1234567']);
    expect(ofKind('Call +90 532 123 45 67 or +212 6 12 34 56 78 today', 'phone')).toEqual(['+90 532 123 45 67', '+212 6 12 34 56 78']);
    expect(ofKind('Nummer: 06 12 34 56 78 en (0)6-1234 5678', 'phone')).toContain('06 12 34 56 78');
  });

  it('finds a Turkish national number in Turkish text', () => {
    expect(ofKind('Beni 0532 123 45 67 numarasından aradılar.', 'phone')).toEqual(['0532 123 45 67']);
  });

  it('finds numbers written in Arabic-Indic and Persian digits', () => {
    expect(ofKind('اتصلوا بي من الرقم +٢١٢ ٦ ١٢ ٣٤ ٥٦ ٧٨ مساءً', 'phone')).toEqual(['+٢١٢ ٦ ١٢ ٣٤ ٥٦ ٧٨']);
    expect(ofKind('شماره من ۰۶۱۲۳۴۵۶۷۸ است', 'phone')).toEqual(['۰۶۱۲۳۴۵۶۷۸']);
  });

  it('leaves short numbers, amounts and years alone', () => {
    expect(ofKind('Ik ben 34 jaar, betaalde 1250 euro en woon hier sinds 2019.', 'phone')).toEqual([]);
    expect(ofKind('Dossier 2024-118, 12 keer gebeld.', 'phone')).toEqual([]);
  });
});

describe('e-mail addresses and handles', () => {
  it('finds e-mail addresses in all four languages', () => {
    expect(ofKind('Mail naar ayse.yilmaz@gmail.com.', 'email')).toEqual(['ayse.yilmaz@gmail.com']);
    expect(ofKind('Write to j.smith+tips@proton.me, please', 'email')).toEqual(['j.smith+tips@proton.me']);
    expect(ofKind('E-posta adresim mehmet_84@hotmail.com.tr idi.', 'email')).toEqual(['mehmet_84@hotmail.com.tr']);
    expect(ofKind('بريدي hassan@example.ma شكرا', 'email')).toEqual(['hassan@example.ma']);
  });

  it('finds handles, but not an e-mail address or a lone @', () => {
    expect(ofKind('Ze volgen @ayse_y en @mehmet.k op Instagram', 'handle')).toEqual(['@ayse_y', '@mehmet.k']);
    expect(ofKind('info@example.nl @ 5 euro', 'handle')).toEqual([]);
  });

  it('does not take a domain without a top-level domain for an address', () => {
    expect(ofKind('user@localhost en a@b', 'email')).toEqual([]);
  });
});

describe('IBAN', () => {
  it('finds valid IBANs with and without spaces', () => {
    expect(ofKind('Rekening NL91 ABNA 0417 1643 00 op naam.', 'iban')).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(ofKind('IBAN: NL91ABNA0417164300.', 'iban')).toEqual(['NL91ABNA0417164300']);
    expect(ofKind('Hesap TR33 0006 1005 1978 6457 8413 26 üzerine', 'iban')).toEqual(['TR33 0006 1005 1978 6457 8413 26']);
  });

  it('rejects a wrong checksum', () => {
    expect(ofKind('Rekening NL92 ABNA 0417 1643 00 op naam.', 'iban')).toEqual([]);
    expect(ofKind('NL91ABNA0417164301', 'iban')).toEqual([]);
  });
});

describe('BSN', () => {
  it('finds nine digits that pass the 11-check, grouped or not', () => {
    expect(ofKind('Mijn BSN is 123456782.', 'bsn')).toEqual(['123456782']);
    expect(ofKind('BSN 1234.56.782 staat op de brief', 'bsn')).toEqual(['1234.56.782']);
    expect(ofKind('BSN: 123 456 782', 'bsn')).toEqual(['123 456 782']);
  });

  it('rejects nine digits that fail the 11-check, and longer numbers', () => {
    expect(ofKind('Mijn BSN is 123456781.', 'bsn')).toEqual([]);
    expect(ofKind('Ordernummer 1234567825', 'bsn')).toEqual([]);
  });

  it('outranks the Dutch landline its digits also parse as', () => {
    expect(found('BSN 111222333')).toEqual([['bsn', '111222333']]);
  });
});

describe('postcodes', () => {
  it('finds "1234 AB" and "1234AB"', () => {
    expect(ofKind('Adres: 1234 AB Amsterdam, of 3511LX Utrecht', 'postcode')).toEqual(['1234 AB', '3511LX']);
    expect(ofKind('postcode 1234ab', 'postcode')).toEqual(['1234ab']);
  });

  it('leaves numbers without letters, years with words, and SS alone', () => {
    expect(ofKind('In 2024 en 2025 kwam 1234 mensen', 'postcode')).toEqual([]);
    expect(ofKind('1234 SS', 'postcode')).toEqual([]);
    expect(ofKind('Code 01234 AB', 'postcode')).toEqual([]);
  });
});

describe('street addresses', () => {
  it('finds Dutch streets with house numbers and additions', () => {
    expect(ofKind('Ik woon op de Kerkstraat 12a in Utrecht.', 'address')).toEqual(['Kerkstraat 12a']);
    expect(ofKind('Het was op de Van Goghstraat 3-II, toen.', 'address')).toEqual(['Van Goghstraat 3-II']);
    expect(ofKind('Adres: Burgemeester de Monchyplein 5 bis', 'address')).toEqual(['Burgemeester de Monchyplein 5 bis']);
    expect(ofKind('Ze stonden bij Laan van Meerdervoort 52.', 'address')).toEqual(['Laan van Meerdervoort 52']);
    expect(ofKind('Oude Gracht 128 was het', 'address')).toEqual(['Oude Gracht 128']);
    expect(ofKind('naar de kerkstraat 7 gelopen', 'address')).toEqual(['kerkstraat 7']);
  });

  it('finds English and Turkish addresses', () => {
    expect(ofKind('I live at 221B Baker Street, London.', 'address')).toEqual(['221B Baker Street']);
    expect(ofKind('They came to 10 Downing St. at night', 'address')).toEqual(['10 Downing St']);
    expect(ofKind('Adresim Atatürk Caddesi No: 5, Kadıköy.', 'address')).toEqual(['Atatürk Caddesi No: 5']);
    expect(ofKind('Moda Mahallesi, Gül Sok. No 3/2 adresinde', 'address')).toEqual(['Moda Mahallesi, Gül Sok. No 3/2']);
  });

  it('finds an Arabic street with a number', () => {
    expect(ofKind('أسكن في شارع الحرية رقم 12 في الرباط', 'address')).toEqual(['شارع الحرية رقم 12']);
  });

  it('leaves ordinary words ending in a street suffix alone', () => {
    expect(ofKind('Ik ging weg 12 keer, via de snelweg 3 uur lang.', 'address')).toEqual([]);
    expect(ofKind('Hij werkt 40 uur en zijn loopbaan 5 jaar', 'address')).toEqual([]);
    expect(ofKind('He met Dr Yılmaz in Main Street yesterday.', 'address')).toEqual([]);
  });
});

describe('licence plates', () => {
  it('finds Dutch side codes and Turkish plates', () => {
    expect(ofKind('Een auto met kenteken 12-ABC-3 en een met AB-123-C', 'plate')).toEqual(['12-ABC-3', 'AB-123-C']);
    expect(ofKind('kentekens 1-ABC-23, XX-99-99 en 99-XX-99', 'plate')).toEqual(['1-ABC-23', 'XX-99-99', '99-XX-99']);
    expect(ofKind('Plaka 34 ABC 123 olan araba', 'plate')).toEqual(['34 ABC 123']);
  });

  it('leaves dates, phone fragments and lower case alone', () => {
    expect(ofKind('op 12-03-26 en 12-ab-34, of 06-12-34', 'plate')).toEqual([]);
    expect(ofKind('code ABC-DEF-GHI', 'plate')).toEqual([]);
  });
});

describe('URLs', () => {
  it('finds schemes, www and bare domains with a path', () => {
    expect(ofKind('Zie https://example.org/pad?x=1.', 'url')).toEqual(['https://example.org/pad?x=1']);
    expect(ofKind('Kijk op www.voorbeeld.nl/profiel, daar', 'url')).toEqual(['www.voorbeeld.nl/profiel']);
    expect(ofKind('Kanal t.me/kanaal_adi ve instagram.com/ayse.y var', 'url')).toEqual(['t.me/kanaal_adi', 'instagram.com/ayse.y']);
    expect(ofKind('رابط https://wa.me/31612345678 هنا', 'url')).toEqual(['https://wa.me/31612345678']);
  });

  it('keeps a closing bracket that belongs to the URL, drops one that does not', () => {
    expect(ofKind('(zie https://nl.wikipedia.org/wiki/Baken_(doel))', 'url')).toEqual(['https://nl.wikipedia.org/wiki/Baken_(doel)']);
    expect(ofKind('(zie https://example.org/a)', 'url')).toEqual(['https://example.org/a']);
  });

  it('leaves fractions and abbreviations with slashes alone', () => {
    expect(ofKind('en/of 24/7 o.a./i.p.v. km/u', 'url')).toEqual([]);
  });
});

describe('documents', () => {
  it('finds Dutch document numbers by their shape', () => {
    expect(ofKind('Paspoort XN12345K7 en specimen SPECI2014.', 'document')).toEqual(['XN12345K7', 'SPECI2014']);
  });

  it('finds numbers after keywords in all four languages', () => {
    expect(ofKind('Mijn paspoortnummer is NP1234567.', 'document')).toEqual(['NP1234567']);
    expect(ofKind('His passport number: 123456789X was taken', 'document')).toEqual(['123456789X']);
    expect(ofKind('Pasaport no: U12345678 ile', 'document')).toEqual(['U12345678']);
    expect(ofKind('رقم الهوية: AB123456 فقط', 'document')).toEqual(['AB123456']);
  });

  it('finds a T.C. kimlik number only with valid check digits', () => {
    expect(ofKind('TC 10000000146 numaralı', 'document')).toEqual(['10000000146']);
    expect(ofKind('TC 10000000147 numaralı', 'document')).toEqual([]);
  });

  it('leaves words with a letter O and keywords without a number alone', () => {
    expect(ofKind('Het paspoort was verlopen. COVID2019 en XO1234567', 'document')).toEqual([]);
  });
});

describe('IP addresses', () => {
  it('finds IPv4 and IPv6', () => {
    expect(ofKind('Ingelogd vanaf 192.168.1.10 en 2001:db8::1.', 'ip')).toEqual(['192.168.1.10', '2001:db8::1']);
  });

  it('rejects invalid octets and times', () => {
    expect(ofKind('Niet 999.1.1.1, niet 1.2.3 en niet 12:30:45', 'ip')).toEqual([]);
  });
});

describe('dates', () => {
  it('finds dates with a day in Dutch, English, Turkish and Arabic', () => {
    expect(ofKind('Op 12 maart 2026 en 1 mei gebeurde het.', 'date')).toEqual(['12 maart 2026', '1 mei']);
    expect(ofKind('On March 12, 2026 and the 3rd of May they came', 'date')).toEqual(['March 12, 2026', '3rd of May']);
    expect(ofKind('12 Mart 2026 tarihinde ve 5 Mayıs günü', 'date')).toEqual(['12 Mart 2026', '5 Mayıs']);
    expect(ofKind('في ١٢ مارس ٢٠٢٦ وفي 3 تشرين الأول', 'date')).toEqual(['١٢ مارس ٢٠٢٦', '3 تشرين الأول']);
  });

  it('finds numeric dates', () => {
    expect(ofKind('Data: 12-03-2026, 2026-03-12 en 12/03/2026.', 'date')).toEqual(['12-03-2026', '2026-03-12', '12/03/2026']);
  });

  it('leaves a month with a year, a bare year and impossible dates alone', () => {
    expect(ofKind('In maart 2026, in 2025 en in March 2024.', 'date')).toEqual([]);
    expect(ofKind('Op 32 maart en 13-13-2026', 'date')).toEqual([]);
  });
});

describe('resolution', () => {
  it('returns sorted, non-overlapping spans whose text is the original', () => {
    const text = 'Mail ayse@example.nl of bel 06-12345678; Kerkstraat 12, 1234 AB.';
    const spans = detectIdentifiers(text, NONE);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
    expect(spans.map((s) => s.kind)).toEqual(['email', 'phone', 'address', 'postcode']);
  });

  it('lets the more specific kind win: a date over a phone, an e-mail over the name in it', () => {
    expect(found('Op 12-03-2026.')).toEqual([['date', '12-03-2026']]);
    expect(found('Mail ahmed.benali@example.nl', ['Ahmed Benali'])).toEqual([['email', 'ahmed.benali@example.nl']]);
  });

  it('returns nothing for text without identifiers', () => {
    expect(found('Ik voel me niet veilig meer sinds het protest op het plein.')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
