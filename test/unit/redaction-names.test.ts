// Person names: known names (with case and diacritic variants, parts, Arabic script), first names
// of the shipped list with their surnames, titles and relation cues, and the words that are not
// names (sentence starts, months, places, everyday words).
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../main/briefs/redaction';
import { FIRST_NAMES } from '../../main/briefs/redaction/name-list';

function persons(text: string, names: string[] = []): string[] {
  return detectIdentifiers(text, { names })
    .filter((s) => s.kind === 'person')
    .map((s) => s.text);
}

describe('known names', () => {
  const known = ['Ayşe Yılmaz'];

  it('finds the full name and its parts in any case, with or without diacritics', () => {
    expect(persons('Ayşe Yılmaz belde. Daarna AYSE YILMAZ en ayse yilmaz.', known)).toEqual(['Ayşe Yılmaz', 'AYSE YILMAZ', 'ayse yilmaz']);
    expect(persons('Ayse zei dat Yilmaz en AYŞE er waren.', known)).toEqual(['Ayse', 'Yilmaz', 'AYŞE']);
  });

  it('matches whole words only', () => {
    expect(persons('Aysegul en Yilmazlar kwamen', known)).toEqual([]);
  });

  it('skips parts shorter than three letters and particles, but matches the full name', () => {
    expect(persons('Li Na belde, en Li ook. Jan van Dijk: van Dijk, van toen.', ['Li Na', 'Jan van Dijk'])).toEqual(['Li Na', 'Jan van Dijk', 'Dijk']);
  });

  it('finds pseudonyms whatever separates their words', () => {
    expect(persons('Melder Tulp-12 (ook: Tulp 12) belde', ['Tulp-12'])).toEqual(['Tulp-12', 'Tulp 12']);
  });

  it('finds Arabic-script names without tashkeel and with any alef, also after و', () => {
    const arabic = ['أحمد العلوي'];
    expect(persons('تحدثت مع احمد العلوي أمس', arabic)).toEqual(['احمد العلوي']);
    expect(persons('قال أَحْمَد إنه خائف', arabic)).toEqual(['أَحْمَد']);
    expect(persons('ذهبت مع سارة وأحمد إلى السوق', arabic)).toContain('أحمد');
  });

  it('needs a capital for a known part that is also an everyday word', () => {
    expect(persons('Can you help? I can. Can Demir came.', ['Can Demir'])).toEqual(['Can', 'Can Demir']);
  });
});

describe('first names with surnames', () => {
  it('finds Dutch, Turkish, Moroccan, Kurdish, Eritrean, Chinese, Russian and Iranian names', () => {
    expect(persons('Ik sprak met Jan van der Berg en Fatima El-Amrani.')).toEqual(['Jan van der Berg', 'Fatima El-Amrani']);
    expect(persons('Dün Mehmet Yılmaz ve Zeynep Kaya geldi.')).toEqual(['Mehmet Yılmaz', 'Zeynep Kaya']);
    expect(persons('Then Tesfay Haile and Wang Wei and Dmitri Ivanov arrived, with Reza Rahimi.')).toEqual([
      'Tesfay Haile',
      'Wang Wei',
      'Dmitri Ivanov',
      'Reza Rahimi',
    ]);
    expect(persons('Rojin Baran kwam ook.')).toEqual(['Rojin Baran']);
  });

  it('finds a part of a full name alone elsewhere in the same text, when capitalised', () => {
    expect(persons('Mehmet Yılmaz kwam. Later zei Yılmaz niets; yılmaz is ook een woord.')).toEqual(['Mehmet Yılmaz', 'Yılmaz']);
  });

  it('finds a first name alone mid-sentence', () => {
    expect(persons('Gisteren belde Youssef weer, en ook Karim.')).toEqual(['Youssef', 'Karim']);
  });

  it('finds Arabic-script first names with their family names', () => {
    expect(persons('قابلت محمد بن سلمان وخديجة في المقهى')).toEqual(['محمد بن سلمان', 'خديجة']);
  });

  it('ships a few hundred first names', () => {
    expect(FIRST_NAMES.size).toBeGreaterThan(500);
    for (const n of ['ayse', 'mohammed', 'محمد', 'fatemeh', 'tesfay', 'wei', 'dmitri', 'jan', 'rojin']) expect(FIRST_NAMES.has(n)).toBe(true);
  });
});

describe('titles and cues', () => {
  it('finds a name after a title', () => {
    expect(persons('Ik sprak dhr. Jansen en mevrouw De Vries, en Mr. Smith.')).toEqual(['Jansen', 'De Vries', 'Smith']);
    expect(persons('Sayın Öztürk ve Bayan Aksoy geldi.')).toEqual(['Öztürk', 'Aksoy']);
    expect(persons('اتصل السيد العمراني ثم الأستاذة ليلى')).toEqual(['العمراني', 'ليلى']);
  });

  it('finds a name before a Turkish title or "named"', () => {
    expect(persons('Öztürk Bey ve Aksoy Hanım geldi. Kaya adında biri aradı.')).toEqual(['Öztürk', 'Aksoy', 'Kaya']);
  });

  it('finds a name after a relation or naming cue', () => {
    expect(persons('Mijn broer Dawood en een man genaamd Brouwer.')).toEqual(['Dawood', 'Brouwer']);
    expect(persons('My cousin Tenzin called; a man named Oakley came.')).toEqual(['Tenzin', 'Oakley']);
    expect(persons('Kardeşim Baturalp aradı, adı Özkan olan biri.')).toEqual(['Baturalp', 'Özkan']);
    expect(persons('رجل اسمه نزار القباني جاء')).toEqual(['نزار القباني']);
  });

  it('takes no cue word for a name when no name follows', () => {
    expect(persons('Mijn broer. Hij was bang. My cousin In 2019 left.')).toEqual([]);
    expect(persons('لم يذكر اسمه لكنه كان يعرف، وأمي كانت خائفة')).toEqual([]);
  });
});

describe('not names', () => {
  it('leaves sentence-initial ordinary words, months, weekdays and places alone', () => {
    expect(persons('Daarna ging ik naar Amsterdam. Maandag 3 maart was het druk in Rotterdam.')).toEqual([]);
    expect(persons('Can you help? Umut ediyorum. Hayat zor. Ben je er?')).toEqual([]);
    expect(persons('İstanbul ve Ankara arasında. Nisan ayında Türkiye.')).toEqual([]);
    expect(persons('The Police came on Monday. WhatsApp and Telegram were hacked.')).toEqual([]);
  });

  it('leaves Arabic everyday words that are also names alone without a second name', () => {
    expect(persons('أسماء الحاضرين كانت في القائمة، وعلي أن أنتظر. أمل كبير')).toEqual([]);
  });

  it('still finds an everyday-word name with a surname or mid-sentence', () => {
    expect(persons('Umut Demir belde. Toen zei Umut niets.')).toEqual(['Umut Demir', 'Umut']);
  });

  it('does not run a name into a place or an organisation', () => {
    expect(persons('Ahmed Amsterdam Politie')).toEqual(['Ahmed']);
  });
});
