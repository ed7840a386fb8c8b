// Fails (exit 1) when the built renderer holds code made from strings (eval, Function, string
// timers), a network API, or a URL that is not on the allow-list of renderer-bundle-rules.mjs.
// Needs `npm run build` first.
//   node build/security/check-renderer-bundle.mjs [DIR]      (default out/renderer)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindOf, scanText, unusedAllowances } from './renderer-bundle-rules.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(ROOT, process.argv[2] ?? 'out/renderer');

function filesUnder(d) {
  return readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? filesUnder(join(d, name)) : [join(d, name)]));
}

let files;
try {
  files = filesUnder(dir);
} catch {
  console.error(`renderer bundle: ${relative(ROOT, dir) || dir} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const read = files.filter((f) => kindOf(f) !== null);
if (!read.some((f) => kindOf(f) === 'js') || !read.some((f) => f.endsWith('index.html'))) {
  console.error(`renderer bundle: no index.html or no script in ${relative(ROOT, dir)}; run \`npm run build\` first`);
  process.exit(1);
}

const findings = read.flatMap((f) => scanText(relative(ROOT, f), readFileSync(f, 'utf8')));
const failing = findings.filter((f) => !f.allowedBy).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
const allowedCount = findings.length - failing.length;

const skipped = files.length - read.length;
console.log(`renderer bundle: ${read.length} files read in ${relative(ROOT, dir)}${skipped ? ` (${skipped} not text: skipped)` : ''}, ${allowedCount} allowed matches`);
for (const a of unusedAllowances(findings)) console.log(`  allow-list entry matched nothing (remove it?): ${a.rule} ${a.exact ?? a.pattern}`);
for (const f of failing) console.error(`  FAIL: ${f.file}:${f.line}:${f.column} ${f.rule} (${f.what}): ${JSON.stringify(f.match)} in …${f.excerpt}…`);
console.log(failing.length ? `renderer bundle: FAILED (${failing.length})` : 'renderer bundle: passed');
process.exit(failing.length ? 1 : 0);
