// A bundle rejection: a code of BUNDLE-FORMAT.md §6 and a detail that names where, never content.
import type { RejectionCode } from '../../core/bundle/rejections';

export class BundleRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'BundleRejected';
  }
}

/** Thrown when the user cancels; not a rejection, leaves no quarantine record. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * A file that cannot even be read is rejected as not-age, with the OS error's code only (never
 * the path or message). Anything else is not a rejection: it is thrown on.
 */
export function rejectionForReadError(error: unknown): BundleRejected {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new BundleRejected('not-age', `cannot read the file (${code})`);
  throw error;
}
