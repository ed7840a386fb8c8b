// Opens what Baken writes to a medium with independent tools: GNU tar for archives, poppler's
// pdftotext for PDFs. Everything passes through pipes; nothing is unpacked to disk.
import { spawnSync } from 'node:child_process';

function run(cmd: string, args: string[], input: Uint8Array): Buffer {
  const r = spawnSync(cmd, args, { input, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString('utf8').trim()}`);
  return r.stdout;
}

/** The entry names of a tar, as GNU tar lists them. */
export function tarNames(tar: Uint8Array): string[] {
  return run('tar', ['-tf', '-'], tar).toString('utf8').split('\n').filter(Boolean);
}

/** One entry's bytes, as GNU tar extracts them to standard output. */
export function tarEntry(tar: Uint8Array, name: string): Buffer {
  return run('tar', ['-xOf', '-', name], tar);
}

/** The text of a PDF, as pdftotext reads it (reading order; or kept in place with `layout`). */
export function pdfText(pdf: Uint8Array, opts: { layout?: boolean } = {}): string {
  return run('pdftotext', ['-enc', 'UTF-8', ...(opts.layout ? ['-layout'] : []), '-', '-'], pdf).toString('utf8');
}
