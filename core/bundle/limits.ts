// Reader limits of BUNDLE-FORMAT.md §5 (defaults; an admin may change them).
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
