// electron-builder afterPack hook: fails the build when the packaged native SQLite module was not
// compiled for this Electron's ABI. (@electron/rebuild can quietly build against the wrong
// headers, e.g. when an npmrc sets `nodedir`; the app would then fail only when it is started.)
//   node build/after-pack.mjs <appOutDir> [electronVersion]   checks an unpacked app by hand
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const MODULE = join('node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');

function resourcesDirs(appOutDir) {
  const dirs = [join(appOutDir, 'resources')];
  for (const entry of existsSync(appOutDir) ? readdirSync(appOutDir) : []) {
    if (entry.endsWith('.app')) dirs.push(join(appOutDir, entry, 'Contents', 'Resources'));
  }
  return dirs;
}

/** The NODE_MODULE_VERSION a compiled addon registers itself under, from its exported symbol. */
export function addonAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

export function checkNativeModule(appOutDir, electronVersion) {
  const file = resourcesDirs(appOutDir)
    .map((dir) => join(dir, 'app.asar.unpacked', MODULE))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`after-pack: ${MODULE} is not unpacked next to app.asar in ${appOutDir}`);
  const want = Number(require('node-abi').getAbi(electronVersion, 'electron'));
  const got = addonAbi(file);
  if (got !== want) {
    throw new Error(
      `after-pack: ${file} is built for ABI ${got ?? 'unknown'}, Electron ${electronVersion} needs ${want}. ` +
        'Rebuild it for Electron (npmRebuild: true; no `nodedir` in any npmrc) and package again.',
    );
  }
  return { file, abi: got };
}

export default async function afterPack(context) {
  const electronVersion = context.packager.info.framework.version;
  const { file, abi } = checkNativeModule(context.appOutDir, electronVersion);
  process.stdout.write(`after-pack: ${file}: ABI ${abi} matches Electron ${electronVersion}\n`);
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const version = process.argv[3] ?? require('electron/package.json').version;
  try {
    const { file, abi } = checkNativeModule(resolve(process.argv[2] ?? 'dist/linux-unpacked'), version);
    process.stdout.write(`${file}: ABI ${abi} matches Electron ${version}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
