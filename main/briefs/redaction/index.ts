// Detecting and redacting identifiers in free text for the anonymised brief, and the leak check
// over its outputs. Pure functions and one class; main process only (libphonenumber, node:net).
export type { IdentifierKind, LeakHit, LeakIdentifier, RedactedText, Replacement, Span } from '../../../core/briefs/redaction-types';
export { IDENTIFIER_KINDS, PLACEHOLDER_LABELS } from '../../../core/briefs/redaction-types';
export { detectIdentifiers } from './detect';
export { findLeaks } from './leak-check';
export { normaliseIdentifier } from './normalise';
export { Redactor } from './redactor';
