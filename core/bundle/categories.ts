// The report channels and incident categories of BUNDLE-FORMAT.md §4, free of zod so the
// renderer can import them (schemas.ts builds the report schema from these).
export const CHANNELS = ['phone', 'web', 'walk-in', 'post', 'email', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
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

/** Names shown for each channel (the UI catalogs and the documents Baken writes use these). */
export const CHANNEL_NAMES: Record<Channel, { nl: string; en: string }> = {
  phone: { nl: 'Telefoon', en: 'Phone' },
  web: { nl: 'Website', en: 'Website' },
  'walk-in': { nl: 'Inloop', en: 'Walk-in' },
  post: { nl: 'Post', en: 'Post' },
  email: { nl: 'E-mail', en: 'Email' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Names shown for each category (the UI catalogs and the documents Baken writes use these). */
export const CATEGORY_NAMES: Record<Category, { nl: string; en: string }> = {
  intimidation: { nl: 'Intimidatie', en: 'Intimidation' },
  surveillance: { nl: 'Bespieding', en: 'Surveillance' },
  'family-pressure': { nl: 'Druk via familie', en: 'Pressure through family' },
  'coercion-informant': { nl: 'Dwang tot informeren', en: 'Coercion to inform' },
  digital: { nl: 'Digitaal', en: 'Digital' },
  'consular-legal': { nl: 'Consulair of juridisch', en: 'Consular or legal' },
  'organisational-influence': { nl: 'Beïnvloeding via organisaties', en: 'Influence through organisations' },
  disinformation: { nl: 'Desinformatie', en: 'Disinformation' },
  violence: { nl: 'Geweld', en: 'Violence' },
  other: { nl: 'Overig', en: 'Other' },
};
