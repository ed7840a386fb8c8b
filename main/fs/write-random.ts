// Random bytes over [from, to) of an open file, a MiB at a time: destroys what was there (retention's
// shredding) or fills what holds nothing (a resealed pack's unrecorded bytes).
import { randomFillSync } from 'node:crypto';
import { writeSync } from 'node:fs';

const PIECE = 1024 * 1024;

export function writeRandom(fd: number, from: number, to: number): void {
  const buf = Buffer.alloc(Math.min(PIECE, Math.max(to - from, 0)));
  for (let pos = from; pos < to; ) {
    const n = Math.min(buf.length, to - pos);
    randomFillSync(buf, 0, n);
    let off = 0;
    while (off < n) off += writeSync(fd, buf, off, n - off, pos + off);
    pos += n;
  }
}
