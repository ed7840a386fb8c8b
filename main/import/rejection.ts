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
