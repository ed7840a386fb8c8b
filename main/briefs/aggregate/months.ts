// Calendar months as 'YYYY-MM' keys: validation and the gap-free range of the month table
// (a month with no reports is shown as 0 rather than left out, so the timeline stays honest).

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function toIndex(month: string): number {
  const m = MONTH.exec(month);
  if (m === null) throw new RangeError('brief aggregates: a month is not in YYYY-MM form');
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, ascending. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = toIndex(first), end = toIndex(last); i <= end; i++) out.push(fromIndex(i));
  return out;
}
