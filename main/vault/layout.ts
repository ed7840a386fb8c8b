// Names of the files in a vault directory. None of them carries a user name or role.
import { join } from 'node:path';

export const vaultPaths = (dir: string) => ({
  header: join(dir, 'vault.json'),
  database: join(dir, 'baken.db'),
  keyslots: join(dir, 'keyslots'),
  throttle: join(dir, 'unlock-throttle.json'),
  blobs: join(dir, 'blobs'),
});
