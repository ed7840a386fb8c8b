// Both catalogs by locale. en.ts is typed as exactly nl's keys, so a missing or extra key fails
// the type check.
import type { Locale } from '../../../core/errors';
import { en } from './en';
import { type MessageKey, nl } from './nl';

export const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };
export type { MessageKey };
