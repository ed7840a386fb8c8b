// Runs Electronegativity over the built app, offline, and fails (exit 1) on any finding of
// severity MEDIUM or above that electronegativity-gate.mjs does not allow, and on any file it
// could not parse (so did not check) unless allowed there too. Needs `npm run build` first.
//   node build/security/run-electronegativity.mjs [--sarif FILE]
//
// Two scans, one SARIF log (default test-results/security/electronegativity.sarif):
// - built:   out/ as shipped (main, preload, renderer), the authority for what the app does;
// - sources: main/app, preload and renderer/src, plus the built renderer/index.html (the build
//            writes the CSP into it), so findings name TypeScript lines and the renderer code
//            the scanner cannot parse in the bundle is still checked.
// Each is scanned as one tree, since Electronegativity's global checks (CSP, navigation limits,
// permission handler) judge the whole app and report false alarms on a part of it. The trees are
// copied to a temporary folder first: the scanner skips *.cjs and *.mjs files, so those are
// renamed to *.js there. The report names every file by its path in the repo.
//
// Why not the `electronegativity` command: its CLI is written against commander ≤ 6 without
// declaring it, and gets the project's commander 14 (".version is not a function"); its exit
// status says nothing about findings anyway. The programmatic run() takes the same options.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALLOWED_FINDINGS, FAIL_AT, evaluate, formatFinding, readSarif, toSarif } from './electronegativity-gate.mjs';
import { installNetworkTripwire, stubModule } from './offline.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
// The one check that goes to the network (Electron's release list); it is excluded, not just blocked.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/**
 * Copies `entries` ([from relative to ROOT, to relative to the stage]) into a fresh temporary
 * folder. Returns it and `real`, which maps a path in the stage back to its path in the repo.
 */
function stage(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'baken-electronegativity-'));
  const renamed = new Map(); // staged path → staged path before the rename
  for (const [from, to] of entries) cpSync(join(ROOT, from), join(dir, to), { recursive: true });
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else if (/\.(cjs|mjs)$/.test(name)) {
        renameSync(join(dir, rel), join(dir, `${rel}.js`));
        renamed.set(`${rel}.js`, rel);
      }
    }
  };
  walk('');
  const real = (file) => {
    if (file === 'N/A') return file; // a global finding: the whole app
    const staged = renamed.get(file) ?? file;
    for (const [from, to] of entries) {
      if (staged === to) return from;
      if (staged.startsWith(`${to}/`)) return `${from}${staged.slice(to.length)}`;
    }
    return staged;
  };
  return { dir, real };
}

/**
 * Loads Electronegativity's run() with its `got` replaced by a stand-in that refuses, so neither
 * the translations download nor any check can reach out (the tripwire would catch it anyway).
 */
function loadElectronegativity() {
  const pkgPath = require.resolve('@doyensec/electronegativity/package.json');
  const pkgDir = dirname(pkgPath);
  const blocked = [];
  stubModule(require, 'got', pkgDir, async (url) => {
    blocked.push(String(url));
    throw new Error('offline');
  });
  process.env.LANG = 'en-US'; // it takes its message locale from LANG (C.UTF-8 on CI has none)
  const run = require(join(pkgDir, 'dist/runner.js'));
  return { run, version: JSON.parse(readFileSync(pkgPath, 'utf8')).version, blocked };
}

/** run() over one staged tree, with every path named as it is in the repo. */
async function scan(run, name, entries, electronVersion) {
  const { dir, real } = stage(entries);
  try {
    const result = await run(
      { input: dir, customScan: [], excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: electronVersion, isRelative: true, parserPlugins: [] },
      false,
    );
    const issues = result.issues.map((i) => ({ ...i, file: real(i.file) }));
    const errors = result.errors.map((e) => ({ ...e, file: real(relative(dir, e.file)) }));
    return { name, root: pathToFileURL(ROOT).href, result: { issues, errors } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `reviewed.file`s of allow-list entries whose content changed since the review. */
function changedReviews() {
  const changed = new Set();
  for (const { reviewed } of ALLOWED_FINDINGS) {
    if (!reviewed) continue;
    const hash = createHash('sha256').update(readFileSync(join(ROOT, reviewed.file))).digest('hex');
    if (hash !== reviewed.sha256) changed.add(reviewed.file);
  }
  return changed;
}

async function main() {
  const args = process.argv.slice(2);
  const sarifAt = args.indexOf('--sarif');
  const sarifFile = resolve(ROOT, sarifAt >= 0 && args[sarifAt + 1] ? args[sarifAt + 1] : 'test-results/security/electronegativity.sarif');

  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    try {
      statSync(join(ROOT, built));
    } catch {
      console.error(`electronegativity: ${built} is missing; run \`npm run build\` first`);
      process.exit(1);
    }
  }

  const started = Date.now();
  const tripwire = installNetworkTripwire();
  const { run, version, blocked } = loadElectronegativity();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const electronVersion = String(pkg.devDependencies.electron).replace(/^[\^~]/, '');

  // run() prints this when its (stubbed) translations download fails; it is expected, not news.
  const log = console.log;
  console.log = (...a) => {
    if (a[0] !== 'Could not retrieve updated translations for the current locale') log(...a);
  };
  let scans;
  try {
    scans = [
      await scan(run, 'built', [['out/main', 'main'], ['out/preload', 'preload'], ['out/renderer', 'renderer']], electronVersion),
      await scan(
        run,
        'sources',
        [['main/app', 'main/app'], ['preload', 'preload'], ['renderer/src', 'renderer/src'], ['out/renderer/index.html', 'renderer/index.html']],
        electronVersion,
      ),
    ];
  } finally {
    console.log = log;
    tripwire.restore();
  }

  mkdirSync(dirname(sarifFile), { recursive: true });
  writeFileSync(sarifFile, `${JSON.stringify(toSarif({ toolVersion: version, scans }), null, 2)}\n`);
  // Judge what the SARIF says, as any other consumer of it would.
  const verdict = evaluate(readSarif(JSON.parse(readFileSync(sarifFile, 'utf8'))), { changedReviews: changedReviews() });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`electronegativity ${version} (Electron ${electronVersion}, offline, without ${EXCLUDED_CHECKS.join(', ')}): ${seconds} s, SARIF in ${relative(ROOT, sarifFile)}`);
  for (const f of verdict.belowThreshold) console.log(`  below ${FAIL_AT}: ${formatFinding(f)}`);
  for (const f of verdict.allowed) console.log(`  allowed: ${formatFinding(f)}\n           because ${f.reason}`);
  for (const e of verdict.allowedParseErrors) console.log(`  not parsed, allowed: [${e.scan}] ${e.file}: ${e.message}\n           because ${e.reason}`);
  for (const e of verdict.tolerated) console.log(`  parse warning: [${e.scan}] ${e.file}: ${e.message}`);
  if (blocked.length > 0) console.log(`  downloads refused by the stand-in: ${blocked.join(', ')}`);

  let failed = false;
  for (const f of verdict.failing) {
    console.error(`  FAIL: ${formatFinding(f)}${f.note ? `\n        ${f.note}` : ''}`);
    failed = true;
  }
  for (const e of verdict.failingParseErrors) {
    console.error(`  FAIL: [${e.scan}] ${e.file} could not be parsed, so was not checked: ${e.message}`);
    failed = true;
  }
  for (const u of verdict.unused) {
    console.error(`  FAIL: [${u.scan}] the allowed ${u.rule} finding ${u.snippet} was not reported: remove the entry if the code is gone, else the scan missed files`);
    failed = true;
  }
  for (const attempt of tripwire.attempts) {
    console.error(`  FAIL: the scanner tried to reach the network: ${attempt}`);
    failed = true;
  }
  console.log(failed ? 'electronegativity: FAILED' : 'electronegativity: passed');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
