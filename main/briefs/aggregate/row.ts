// The input of the brief's aggregates: one row per report, already reduced to the coarse fields
// the tables count (no identifiers, no free text).
export type BriefRow = {
  /** 'YYYY-MM' */
  month: string;
  categories: string[];
  /** ISO 3166-1 alpha-2, or null when not stated. */
  country: string | null;
  channel: string;
  municipality: string | null;
};
