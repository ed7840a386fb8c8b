// Case numbers as users type them.
export const CASE_NUMBER = /^VL-\d{4}-\d{6}$/;

/** "vl-2026-000012 " → "VL-2026-000012". */
export function normaliseNumber(text: string): string {
  return text.trim().toUpperCase();
}
