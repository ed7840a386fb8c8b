// User names: short, lowercase, ASCII, so they compare and normalise unambiguously.
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;

export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}
