// Streams data to a file that appears only when complete: temporary name beside the target,
// flushed, renamed, folder flushed. On any error the temporary file is removed.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from './atomic-write';

export async function writeStreamAtomic(target: string, source: AsyncIterable<Uint8Array>, mode = 0o644): Promise<number> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  const file = await open(tmp, 'wx', mode);
  let size = 0;
  try {
    for await (const chunk of source) {
      let off = 0;
      while (off < chunk.length) {
        const { bytesWritten } = await file.write(chunk, off, chunk.length - off);
        off += bytesWritten;
      }
      size += chunk.length;
    }
    await file.sync();
    await file.close();
    await rename(tmp, target);
    fsyncDir(dirname(target));
    return size;
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
