// Reader limits of BUNDLE-FORMAT.md §5 (defaults; an admin may change them within the bounds).
import { z } from 'zod';
export type BundleLimits = {
  manifestBytes: number;
  signatureBytes: number;
  reportBytes: number;
  attachmentBytes: number;
  files: number;
  reports: number;
};

export const DEFAULT_LIMITS: BundleLimits = {
  manifestBytes: 1024 * 1024,
  signatureBytes: 4 * 1024,
  reportBytes: 4 * 1024 * 1024,
  attachmentBytes: 2 * 1024 * 1024 * 1024,
  files: 10_000,
  reports: 5_000,
};

/** What an admin may set: wide enough for real intake, never unbounded. */
export const bundleLimitsSchema = z
  .object({
    manifestBytes: z.number().int().min(1024).max(16 * 1024 * 1024),
    signatureBytes: z.number().int().min(1024).max(64 * 1024),
    reportBytes: z.number().int().min(64 * 1024).max(64 * 1024 * 1024),
    attachmentBytes: z.number().int().min(1024 * 1024).max(16 * 1024 * 1024 * 1024),
    files: z.number().int().min(3).max(100_000),
    reports: z.number().int().min(1).max(50_000),
  })
  .strict();
