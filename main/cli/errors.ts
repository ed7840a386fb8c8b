// Exit statuses of DESIGN.md: 0 success, 1 failure, 2 usage or authentication error,
// 3 an import finished with at least one rejected bundle.
import type { ErrorCode } from '../../core/errors';

export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;

export class CliError extends Error {
  constructor(
    readonly kind: 'usage' | 'auth' | 'failure',
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
  }
}

const USAGE_OR_AUTH: ReadonlySet<ErrorCode> = new Set([
  'invalid-input',
  'unknown-channel',
  'not-authenticated',
  'forbidden',
  'wrong-credentials',
  'passphrase-too-short',
  'passphrase-too-long',
  'passphrase-common',
  'passphrase-mismatch',
  'username-invalid',
  'roles-required',
]);

export function exitFor(code: ErrorCode): number {
  return USAGE_OR_AUTH.has(code) ? EXIT.usage : EXIT.failure;
}
