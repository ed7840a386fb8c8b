// Checks electron-builder.yml without building anything (no network):
//   node build/check-builder-config.mjs [electron-builder.yml]
// 1. electron-builder's own validation (the one `electron-builder` runs first);
// 2. a strict JSON-schema check against app-builder-lib's scheme.json (no type coercion);
// 3. the security settings Baken relies on: no publish/update feed, asar, the native module
//    unpacked and rebuilt, every fuse set as DESIGN.md asks, only out/** and package.json shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const Ajv = require('ajv').default ?? require('ajv');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const scheme = require('app-builder-lib/scheme.json');

export const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

export async function checkBuilderConfig(file) {
  const config = yaml.load(readFileSync(file, 'utf8'));
  const problems = [];

  try {
    await validateConfiguration(structuredClone(config), { isEnabled: false, add() {} });
  } catch (error) {
    problems.push(`electron-builder validation: ${error.message}`);
  }

  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
  const validate = ajv.compile(scheme);
  if (!validate(config)) {
    for (const e of validate.errors ?? []) {
      if (e.keyword === 'anyOf') continue; // the branch errors below say more
      problems.push(`schema: ${e.instancePath || '(root)'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    }
  }

  const expect = (ok, what) => {
    if (!ok) problems.push(what);
  };
  expect(config.appId === 'nl.vertrouwenslijn.baken', 'appId must be nl.vertrouwenslijn.baken');
  expect(config.publish === null, 'publish must be null (no publishing, no update feed)');
  expect(config.asar === true, 'asar must be true');
  expect(config.npmRebuild === true, 'npmRebuild must be true');
  expect(
    Array.isArray(config.asarUnpack) && config.asarUnpack.some((p) => p.includes('better-sqlite3-multiple-ciphers') && p.endsWith('.node')),
    'asarUnpack must unpack the better-sqlite3-multiple-ciphers .node file',
  );
  const included = (config.files ?? []).filter((p) => typeof p === 'string' && !p.startsWith('!'));
  expect(
    included.length === 2 && included.includes('out/**') && included.includes('package.json'),
    `files may include only out/** and package.json (found ${JSON.stringify(included)})`,
  );
  for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
    expect(config.electronFuses?.[fuse] === value, `electronFuses.${fuse} must be ${value}`);
  }
  const text = JSON.stringify(config);
  expect(!/electron-updater|autoUpdate|"provider"/i.test(text), 'no update provider may be configured');
  return problems;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const file = resolve(process.argv[2] ?? 'electron-builder.yml');
  const problems = await checkBuilderConfig(file);
  if (problems.length > 0) {
    process.stderr.write(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`${file}: valid for electron-builder and Baken's packaging rules\n`);
}
