#!/usr/bin/env node
// Names the system tools the tests use that are missing, with the command that installs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.BAKEN_CHROMIUM ?? '/usr/bin/chromium';
const checks = [
  { what: `Chromium at ${chromium}`, pkg: 'chromium', ok: () => existsSync(chromium) },
  { what: 'age', pkg: 'age', ok: () => runs('age', ['--version']) },
  { what: 'age-keygen', pkg: 'age', ok: () => runs('age-keygen', ['--version']) },
  { what: 'minisign', pkg: 'minisign', ok: () => runs('minisign', ['-v']) },
  { what: 'GNU tar', pkg: 'tar', ok: () => /GNU tar/.test(output('tar', ['--version'])) },
  { what: 'exiftool', pkg: 'libimage-exiftool-perl', ok: () => runs('exiftool', ['-ver']) },
  { what: 'pdftotext', pkg: 'poppler-utils', ok: () => runs('pdftotext', ['-v']) },
  { what: 'prlimit', pkg: 'util-linux', ok: () => runs('prlimit', ['--version']) },
];

function runs(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}
function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.error ? '' : r.stdout;
}

const missing = checks.filter((c) => !c.ok());
if (missing.length > 0) {
  const pkgs = [...new Set(missing.map((c) => c.pkg))].join(' ');
  console.error(`The tests need system tools that are missing: ${missing.map((c) => c.what).join(', ')}.`);
  console.error(`On Debian or Ubuntu: sudo apt-get install -y ${pkgs}`);
  process.exit(1);
}
console.log(`system tools present: ${checks.map((c) => c.what).join(', ')}`);
