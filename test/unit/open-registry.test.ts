// The register of processes that have a vault open: live holders count, stale files (a dead
// process, an earlier boot whose process id is now someone else's) are removed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { otherHolders, registerOpen } from '../../main/vault/open-registry';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('open registry', () => {
  it('counts the other live holders, not the caller, and forgets released ones', () => {
    const a = registerOpen(tmp.path);
    const b = registerOpen(tmp.path);
    expect(otherHolders(tmp.path, a.token)).toBe(1);
    expect(otherHolders(tmp.path, null)).toBe(2);
    b.release();
    expect(otherHolders(tmp.path, a.token)).toBe(0);
    a.release();
  });

  it('removes the file of a dead process and of a process id from an earlier boot', () => {
    const dir = join(tmp.path, 'open');
    mkdirSync(dir, { recursive: true });
    // A process id far above any real one: dead.
    const dead = join(dir, '4194999-0123456789abcdef');
    writeFileSync(dead, '');
    // This (live) process id, but written before a restart.
    const earlierBoot = join(dir, `${process.pid}-fedcba9876543210`);
    writeFileSync(earlierBoot, existsSync('/proc/sys/kernel/random/boot_id') ? '00000000-0000-0000-0000-000000000000' : '');
    const expected = existsSync('/proc/sys/kernel/random/boot_id') ? 0 : 1;
    expect(otherHolders(tmp.path, null)).toBe(expected);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(earlierBoot)).toBe(expected === 1);
  });
});
