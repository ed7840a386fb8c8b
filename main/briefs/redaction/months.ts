// Month names of the reporters' languages, for finding dates (detect-date.ts) and for keeping
// months out of person names (names.ts). Spellings are listed as written; lookups go through the
// folding of chars.ts, so "Şubat", "subat" and "ŞUBAT" are one entry.
import { foldString } from './chars';

/** Dutch month names: a date is generalised to one of these, "[maart 2026]". */
export const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** Names per month, 1-based. Abbreviations without their period; the date pattern allows one. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [],
  // nl, en, tr, fr, de, ar (Egypt/Gulf, Levant, Morocco, Algeria/Tunisia), fa (Gregorian)
  ['januari', 'jan', 'january', 'ocak', 'janvier', 'januar', 'jänner', 'يناير', 'كانون الثاني', 'جانفي', 'ژانویه'],
  ['februari', 'feb', 'febr', 'february', 'şubat', 'février', 'fevrier', 'februar', 'فبراير', 'شباط', 'فيفري', 'فوریه'],
  ['maart', 'mrt', 'march', 'mar', 'mart', 'mars', 'märz', 'مارس', 'آذار', 'مارس'],
  ['april', 'apr', 'nisan', 'avril', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل', 'آوریل'],
  ['mei', 'may', 'mayıs', 'mai', 'مايو', 'أيار', 'ماي', 'مه'],
  ['juni', 'jun', 'june', 'haziran', 'juin', 'يونيو', 'حزيران', 'يونيه', 'جوان', 'ژوئن'],
  ['juli', 'jul', 'july', 'temmuz', 'juillet', 'يوليو', 'تموز', 'يوليوز', 'يوليه', 'جويلية', 'ژوئیه'],
  ['augustus', 'aug', 'august', 'ağustos', 'août', 'aout', 'أغسطس', 'اغسطس', 'آب', 'غشت', 'أوت', 'اوت'],
  ['september', 'sep', 'sept', 'eylül', 'septembre', 'سبتمبر', 'أيلول', 'شتنبر', 'سپتامبر'],
  ['oktober', 'okt', 'october', 'oct', 'ekim', 'octobre', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'اکتبر'],
  ['november', 'nov', 'kasım', 'novembre', 'نوفمبر', 'تشرين الثاني', 'نونبر', 'نوامبر'],
  ['december', 'dec', 'aralık', 'décembre', 'decembre', 'dezember', 'dez', 'ديسمبر', 'كانون الأول', 'كانون الاول', 'دجنبر', 'دسامبر'],
];

/** Folded month name → month number (1–12). */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTH_NAMES.forEach((names, month) => {
    for (const n of names) m.set(foldString(n), month);
  });
  return m;
})();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of all month spellings, longest first (so "juni" is not cut to "jun"), with
 * each name's folded twin too: the pattern is case-insensitive, but /i cannot fold "MAYIS" to
 * "mayıs" nor "Subat" to "şubat". Between the words of a two-word name, any run of spaces.
 */
export const MONTH_ALTERNATION: string = (() => {
  const all = new Set<string>();
  for (const names of MONTH_NAMES) {
    for (const n of names) {
      all.add(n);
      all.add(foldString(n));
    }
  }
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((n) => escape(n).replace(/ /g, ' +'))
    .join('|');
})();

/** Folded weekday names: never part of a name. */
export const WEEKDAYS: readonly string[] = [
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه',
];

/** Every folded month spelling (one word of it for two-word names), for the name stop list. */
export function monthWords(): string[] {
  const out: string[] = [];
  for (const names of MONTH_NAMES) for (const n of names) out.push(...foldString(n).split(' '));
  return out;
}
