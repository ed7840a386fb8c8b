// Search folding per script, query terms, short tokens, and snippets mapped back to the original.
import { describe, expect, it } from 'vitest';
import type { SnippetSegment } from '../../core/search';
import { isClusterBoundary, normalise, normaliseWithMap } from '../../main/search/normalise';
import { buildSnippet, findHits } from '../../main/search/snippet';
import { parseQuery, shortToken, shortTokens } from '../../main/search/terms';

const hitsOf = (original: string, query: string) => findHits(original, parseQuery(query)).map((h) => original.slice(h.start, h.end));
const marked = (segments: SnippetSegment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('normalise', () => {
  it('folds Turkish: diacritics, dotless ı, dotted İ, upper case', () => {
    expect(normalise('gözaltına')).toBe('gozaltina');
    expect(normalise('GÖZALTINA')).toBe('gozaltina');
    expect(normalise('İstanbul ILIK ılık Iğdır')).toBe('istanbul ilik ilik igdir');
    expect(normalise('ŞÇĞÜÖ şçğüö')).toBe('scguo scguo');
  });

  it('folds Latin diacritics, ß and ligatures', () => {
    expect(normalise('Crème Brûlée à Noël, Zürich, São Paulo, Øresund, Łódź')).toBe('creme brulee a noel, zurich, sao paulo, oresund, lodz');
    expect(normalise('Straße STRASSE ẞ')).toBe('strasse strasse ss');
    expect(normalise('ﬁnancieel ﬂat ﬀ Œuvre Æsir')).toBe('financieel flat ff oeuvre aesir');
    expect(normalise('ＡＢＣ１２３')).toBe('abc123');
    expect(normalise('e\u0301te\u0301')).toBe('ete'); // decomposed input folds the same as precomposed
  });

  it('folds Arabic: harakat, tatweel, alef forms, alef maksura, teh marbuta, digits', () => {
    expect(normalise('عَائِلَتِي')).toBe(normalise('عائلتي'));
    expect(normalise('أُسْرَتِي')).toBe('اسرتي');
    expect(normalise('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(normalise('مصطفى')).toBe('مصطفي');
    expect(normalise('مدرسة')).toBe('مدرسه');
    expect(normalise('جـــميل')).toBe('جميل');
    expect(normalise('٢٠٢٣')).toBe('2023');
    expect(normalise('ﻻ')).toBe('لا'); // presentation-form ligature
  });

  it('unifies Persian and Arabic letters', () => {
    expect(normalise('یک')).toBe(normalise('يك'));
    expect(normalise('کتاب')).toBe('كتاب');
    expect(normalise('خانۀ')).toBe('خانه');
    expect(normalise('۱۴۰۲')).toBe('1402');
    // The zero-width non-joiner inside Persian words is invisible: with or without, the same word.
    expect(normalise('می‌خواهم')).toBe(normalise('میخواهم'));
  });

  it('folds Russian ё to е but keeps й', () => {
    expect(normalise('Ёлка ёлка')).toBe('елка елка');
    expect(normalise('Йод йогурт')).toBe('йод йогурт');
    expect(normalise('и\u0306')).toBe('й'); // decomposed й stays й
    expect(normalise('ПРИВЕТ')).toBe('привет');
  });

  it('leaves Chinese, Japanese and Korean alone', () => {
    expect(normalise('我的家人被警察带走了')).toBe('我的家人被警察带走了');
    expect(normalise('がガ')).toBe('がガ');
    expect(normalise('한국어')).toBe('한국어');
  });

  it('drops invisible format characters and collapses whitespace', () => {
    expect(normalise('  a\u00a0\u00a0b\n\n\tc\u3000d  ')).toBe('a b c d');
    expect(normalise('x\u202ey\u202c z\u200bw\u00adv')).toBe('xy zwv');
    expect(normalise('\u0000\u0007a')).toBe('a');
  });

  it('keeps emoji, folding only variation selectors and joiners', () => {
    expect(normalise('😀 ❤️ 👍🏽')).toBe('😀 ❤ 👍🏽');
  });

  it('gives the same text with and without the map, and a map into whole clusters', () => {
    const samples = ['Gözaltına İSTANBUL', 'أَحْمَدُ ذهب', 'Straße ﬁ', '👨‍👩‍👧 x', 'e\u0301a', '  a  b  ', '\ud800 lone', 'Ёлка'];
    for (const s of samples) {
      const m = normaliseWithMap(s);
      expect(m.text).toBe(normalise(s));
      expect(m.start.length).toBe(m.text.length);
      for (let i = 0; i < m.text.length; i++) {
        expect(isClusterBoundary(s, m.start[i] ?? -1)).toBe(true);
        expect(isClusterBoundary(s, m.end[i] ?? -1)).toBe(true);
        expect(m.end[i] ?? 0).toBeGreaterThan(m.start[i] ?? 0);
      }
    }
    // Random text from several scripts: both paths agree.
    let seed = 1;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pool = [...'aİıöß ًَُ́̈أإآىیکةـ‌‍ёй我警🙂❤️\ufe0f\u200d\n\t'];
    for (let k = 0; k < 200; k++) {
      let s = '';
      for (let i = 0; i < 30; i++) s += pool[Math.floor(rnd() * pool.length)];
      expect(normaliseWithMap(s).text).toBe(normalise(s));
    }
  });
});

describe('query terms', () => {
  it('splits on whitespace, keeps quoted phrases, folds and drops punctuation at the edges', () => {
    expect(parseQuery('  Gözaltına "Alındı ve"  (NEAR) -polis* ')).toEqual([
      { text: 'gozaltina', kind: 'substring' },
      { text: 'alindi ve', kind: 'substring' },
      { text: 'near', kind: 'substring' },
      { text: 'polis', kind: 'substring' },
    ]);
  });

  it('sorts short terms: CJK characters and pairs, two-letter word starts, nothing shorter', () => {
    expect(parseQuery('警察 警 ev a é x')).toEqual([
      { text: '警察', kind: 'cjk' },
      { text: '警', kind: 'cjk' },
      { text: 'ev', kind: 'prefix' },
    ]);
    expect(parseQuery('"" * - ( ) " 🙂')).toEqual([]);
  });

  it('makes ASCII tokens of CJK characters, adjacent pairs and word starts', () => {
    expect(shortToken([0x8b66, 0x5bdf])).toBe('x8b66x5bdf');
    const tokens = shortTokens(normalise('我的家 evimize, ev a'));
    expect(tokens).toEqual(
      expect.arrayContaining([shortToken([0x6211]), shortToken([0x6211, 0x7684]), shortToken([0x7684, 0x5bb6]), shortToken([0x65, 0x76])]),
    );
    expect(tokens).not.toContain(shortToken([0x6211, 0x5bb6]));
    expect(tokens).not.toContain(shortToken([0x61]));
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe('snippets', () => {
  it('maps hits to the original Turkish, with its diacritics and capitals', () => {
    expect(hitsOf('Ailem dün GÖZALTINA alındı; gözaltına alınan...', 'gozaltina')).toEqual(['GÖZALTINA', 'gözaltına']);
    expect(hitsOf('İSTANBUL', 'istanbul')).toEqual(['İSTANBUL']);
  });

  it('maps hits to Arabic with their harakat, and across alef forms', () => {
    expect(hitsOf('قَالَ إِنَّ عَائِلَتِي فِي خَطَرٍ', 'عائلتي')).toEqual(['عَائِلَتِي']);
    expect(hitsOf('رأيت أُسْرَتِي', 'اسرتي')).toEqual(['أُسْرَتِي']);
    expect(hitsOf('جـــميل جدا', 'جميل')).toEqual(['جـــميل']);
  });

  it('maps hits where folding changes the length', () => {
    expect(hitsOf('Die Straße ist lang', 'strasse')).toEqual(['Straße']);
    expect(hitsOf('Die Strasse ist lang', 'straße')).toEqual(['Strasse']);
    expect(hitsOf('een ﬁnanciële kwestie', 'financiele')).toEqual(['ﬁnanciële']);
    expect(hitsOf('Ёлка и ёлочка', 'елочка')).toEqual(['ёлочка']);
    expect(hitsOf('می‌خواهم بروم', 'میخواهم')).toEqual(['می‌خواهم']);
  });

  it('finds Chinese substrings, and two-letter terms only at word starts', () => {
    expect(hitsOf('我的家人被警察带走了', '察带')).toEqual(['察带']);
    expect(hitsOf('我的家人被警察带走了', '警')).toEqual(['警']);
    expect(hitsOf('sev evimize ev', 'ev')).toEqual(['ev', 'ev']);
  });

  it('leaves emoji and surrogate pairs whole', () => {
    const text = '🙂 Bericht 👨‍👩‍👧 van 𝒳 de ambassade 🇳🇱 vandaag';
    expect(hitsOf(text, 'ambassade')).toEqual(['ambassade']);
    const snippet = buildSnippet(text, parseQuery('ambassade'));
    expect(snippet.map((s) => s.text).join('')).toBe(text);
    for (const s of snippet) expect(s.text).toBe(Buffer.from(s.text, 'utf8').toString('utf8')); // no lone surrogate
  });

  it('cuts a window of about 160 characters around the best hits, on whole characters', () => {
    const before = 'woord '.repeat(60);
    const after = ' einde'.repeat(60);
    const snippet = buildSnippet(`${before}De AMBASSADE belde mijn broer.${after}`, parseQuery('ambassade broer'));
    const text = marked(snippet);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('De [AMBASSADE] belde mijn [broer].');
    expect(text.length).toBeGreaterThan(120);
    expect(text.length).toBeLessThan(210);
    // Prefers the window with every term in it over the first hit alone.
    const far = buildSnippet(`broer ${'x '.repeat(200)} ambassade en broer`, parseQuery('ambassade broer'));
    expect(marked(far)).toMatch(/\[ambassade\] en \[broer\]$/);
  });

  it('never cuts right-to-left text inside a letter and its marks', () => {
    const word = 'عَائِلَتِي ';
    const text = word.repeat(40) + 'أُسْرَتِي' + ` ${word}`.repeat(40);
    const snippet = buildSnippet(text, parseQuery('اسرتي'));
    const joined = snippet.map((s) => s.text).join('');
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['أُسْرَتِي']);
    const body = joined.replace(/^…|…$/g, '');
    // The cut falls at the space between words, so every word in the snippet is whole.
    for (const w of body.trim().split(' ')) expect(['عَائِلَتِي', 'أُسْرَتِي']).toContain(w);
  });

  it('drops bidi controls from the piece shown and gives the start when nothing matches', () => {
    const snippet = buildSnippet('abc \u202eevil\u202c def', parseQuery('evil'));
    expect(marked(snippet)).toBe('abc [evil] def');
    const none = buildSnippet('x'.repeat(400), parseQuery('zzz'));
    expect(none).toEqual([{ text: `${'x'.repeat(160)}…`, hit: false }]);
  });
});
