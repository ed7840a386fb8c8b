// After a build, reads the fuse wire of every unpacked app in the output folder and fails if a
// fuse is not as electron-builder.yml asks. Runs as electron-builder's afterAllArtifactBuild hook
// (the fuses are flipped after afterPack, so they can only be checked here) and by hand:
//   node build/verify-fuses.mjs [dist]
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
/** The bytes of a fuse wire ('0', '1', 'r'); @electron/fuses does not export its FuseState. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31, REMOVED: 0x72 };

/** The same values as electronFuses in electron-builder.yml (build/check-builder-config.mjs). */
const EXPECTED = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/** The Electron binaries (or .app bundles) under an electron-builder output folder. */
export function findPackagedApps(outDir) {
  const found = [];
  if (!existsSync(outDir)) return found;
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(outDir, entry.name);
    if (/^linux(-.+)?-unpacked$/.test(entry.name)) found.push(join(dir, 'baken'));
    else if (/^win(-.+)?-unpacked$/.test(entry.name)) found.push(join(dir, 'Baken.exe'));
    else if (/^mac(-.+)?$/.test(entry.name)) found.push(join(dir, 'Baken.app'));
  }
  return found.filter((p) => existsSync(p));
}

export async function verifyFuses(binary) {
  const wire = await getCurrentFuseWire(binary);
  const problems = [];
  for (const [name, want] of Object.entries(EXPECTED)) {
    const state = wire[FuseV1Options[name]];
    const expected = want ? FuseState.ENABLE : FuseState.DISABLE;
    if (state === FuseState.REMOVED && !want) continue; // a removed feature is as off as it gets
    if (state !== expected) {
      const shown = state === undefined ? 'absent' : String.fromCharCode(state);
      problems.push(`${name} is '${shown}', expected '${String.fromCharCode(expected)}'`);
    }
  }
  return problems;
}

export async function verifyOutput(outDir) {
  const apps = findPackagedApps(outDir);
  if (apps.length === 0) throw new Error(`verify-fuses: no unpacked app found in ${outDir}`);
  const failures = [];
  for (const app of apps) {
    const problems = await verifyFuses(app);
    if (problems.length > 0) failures.push(`${app}: ${problems.join('; ')}`);
    else process.stdout.write(`verify-fuses: ${app}: all ${Object.keys(EXPECTED).length} fuses as expected\n`);
  }
  if (failures.length > 0) throw new Error(`verify-fuses:\n  ${failures.join('\n  ')}`);
  return apps;
}

/** electron-builder afterAllArtifactBuild hook: adds no artifacts, throws if a fuse is wrong. */
export default async function afterAllArtifactBuild(buildResult) {
  await verifyOutput(buildResult.outDir);
  return [];
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  try {
    await verifyOutput(resolve(process.argv[2] ?? 'dist'));
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
