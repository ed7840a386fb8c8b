// Both catalogs by locale. en.ts is typed as exactly nl's keys, so a missing or extra key fails
// the type check.
import type { Locale } from '../../../core/errors';
import { en } from './en';
import { type MessageKey, nl } from './nl';

export const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };
export type { MessageKey };

/** Whether a key built from data (a channel, a category code) has a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}
