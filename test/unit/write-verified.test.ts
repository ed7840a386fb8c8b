// Writing an export to a medium: whole and verified, or not there. Real faults: a file size limit
// (EFBIG, as on a full medium) in a child process, and the medium's folder vanishing mid-write.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BakenError } from '../../core/errors';
import { writeVerified } from '../../main/fs/write-verified';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let usb: string;
beforeEach(() => {
  tmp = tempDir();
  usb = join(tmp.path, 'usb');
  mkdirSync(usb);
});
afterEach(() => tmp.cleanup());

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof BakenError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('writeVerified', () => {
  it('writes the file whole, flushed and read back, and reports its hash', async () => {
    const bytes = Buffer.from('vertrouwelijk pakket '.repeat(10_000));
    const out = await writeVerified(usb, 'pakket.age', bytes);
    expect(out).toMatchObject({ fileName: 'pakket.age', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(readFileSync(join(usb, 'pakket.age')).equals(bytes)).toBe(true);
    expect(readdirSync(usb)).toEqual(['pakket.age']);
  });

  it('never replaces a file on the medium, and needs a folder that is there', async () => {
    writeFileSync(join(usb, 'pakket.age'), 'ouder bestand');
    expect(await code(writeVerified(usb, 'pakket.age', Buffer.from('nieuw')))).toBe('export-exists');
    expect(readFileSync(join(usb, 'pakket.age'), 'utf8')).toBe('ouder bestand');
    expect(await code(writeVerified(join(tmp.path, 'geen-stick'), 'pakket.age', Buffer.from('x')))).toBe('medium-unavailable');
  });

  it('a medium that is full gives medium-full and leaves nothing behind', () => {
    // bash's ulimit -f counts 1024-byte blocks: 64 KiB may be written, the package is 1 MiB.
    const child = join(import.meta.dirname, '../support/write-verified-child.ts');
    const r = spawnSync('bash', ['-c', 'ulimit -f 64 && exec "$0" --import tsx "$@"', process.execPath, child, usb, 'pakket.age', String(1024 * 1024)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ code: 'medium-full', entries: [] });
  });

  it('a medium pulled out while writing gives medium-removed; the final name never appears, and a retry cleans up', async () => {
    const pulled = join(tmp.path, 'stick-elders');
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield Buffer.alloc(64 * 1024, 1);
      // The stick's mount point disappears: the open temporary file lives on, its folder is gone.
      renameSync(usb, pulled);
      yield Buffer.alloc(64 * 1024, 2);
    }
    expect(await code(writeVerified(usb, 'pakket.age', chunks()))).toBe('medium-removed');
    expect(readdirSync(pulled)).not.toContain('pakket.age');
    // Put back in: the same export succeeds and the leftover temporary file of that name is gone.
    renameSync(pulled, usb);
    await writeVerified(usb, 'pakket.age', Buffer.from('opnieuw'));
    expect(readdirSync(usb)).toEqual(['pakket.age']);
  });
});
