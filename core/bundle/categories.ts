// The report channels and incident categories of BUNDLE-FORMAT.md §4, free of zod so the
// renderer can import them (schemas.ts builds the report schema from these).
export const CHANNELS = ['phone', 'web', 'walk-in', 'post', 'email', 'other'] as const;
export const CATEGORIES = [
  'intimidation',
  'surveillance',
  'family-pressure',
  'coercion-informant',
  'digital',
  'consular-legal',
  'organisational-influence',
  'disinformation',
  'violence',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
