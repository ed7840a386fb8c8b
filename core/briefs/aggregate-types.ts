// The aggregate tables of a brief (counts with small-cell suppression), as main builds them and
// the renderer draws them. Types and one constant only: no zod, no Node, so the page may import it.

export const BRIEF_DIMENSIONS = ['category', 'country', 'channel', 'month', 'province'] as const;
export type BriefDimension = (typeof BRIEF_DIMENSIONS)[number];

/**
 * One published cell: a count, or suppressed (value withheld because it, or what it would reveal,
 * is below k). A suppressed cell always has `count: null`; a published count is 0 or ≥ k.
 * Keys are raw codes (category code, ISO country, channel code, 'YYYY-MM', province name,
 * 'unknown', 'other'); the caller labels them.
 */
export type BriefCell = {
  key: string;
  count: number | null;
  suppressed: boolean;
  /** Keys merged into this cell (the 'other' row), sorted; left out when listing them would pin their counts. */
  merged?: string[];
};

export type BriefTable = {
  dimension: BriefDimension;
  cells: BriefCell[];
  /** Reports in the table (for the multi-valued category table: reports with at least one category). */
  total: number | null;
  totalSuppressed: boolean;
  /** A report may count in several cells, so the cells do not add up to the total. */
  multiValued: boolean;
};

/** `reports: null` means nothing was published: too few reports, or no safe table could be made. */
export type BriefAggregates = { k: number; reports: number | null; tables: BriefTable[] };
