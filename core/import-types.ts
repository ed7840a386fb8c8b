// What an import reports back, per file and while it runs. Shared by CLI, GUI and worker.
import type { RejectionCode } from './bundle/rejections';

export type ImportStatus = 'imported' | 'duplicate' | 'rejected';

/** One row of `baken import --json` (DESIGN.md). */
export type ImportResult = {
  file: string;
  status: ImportStatus;
  bundleId: string | null;
  reports: number;
  code: RejectionCode | null;
  detail: string | null;
};

export type ImportProgress = {
  bundleIndex: number;
  bundleCount: number;
  fileName: string;
  bytesDone: number;
  bytesTotal: number;
};
