// The fixed value lists of casework, free of zod so the renderer can import them without a
// schema library (the schemas in types.ts are built from these).
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CASE_VIEWS = ['inbox', 'mine', 'all'] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export const CASE_SORTS = ['queue', 'received-desc', 'received-asc', 'updated-desc', 'follow-up', 'number'] as const;

export const CONTACT_CHANNELS = ['phone', 'email', 'in-person', 'video', 'letter', 'other'] as const;
export const CONTACT_OUTCOMES = ['reached', 'no-answer', 'left-message', 'unsafe-to-talk', 'wrong-number', 'other'] as const;
