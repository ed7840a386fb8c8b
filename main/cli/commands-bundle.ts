// The producer side on the command line: `bundle pack` (intake makes a bundle) and
// `bundle synth` (realistic synthetic bundles for demos, tests and benchmarks). No vault needed.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { type AgeRecipients } from '../bundle/age-stream';
import { MinisignError, generateKeyPair, parseSecretKey, type MinisignSecretKey } from '../bundle/minisign';
import { PackError, attachmentFromBytes, attachmentFromFile, packBundle } from '../bundle/pack';
import { writeStreamAtomic } from '../fs/write-stream-atomic';
import { CliError } from './errors';
import { readInputBytes, readInputText } from './input-files';
import { type Out, print } from './output';

type RecipientOpts = { recipient?: string[]; recipientsFile?: string; bundlePassphraseFile?: string };

/** Recipients from -r values and an age recipients file (# comments allowed), or a passphrase. */
export function recipientsFrom(o: RecipientOpts): AgeRecipients {
  if (o.bundlePassphraseFile) return { passphrase: readInputText(o.bundlePassphraseFile, 'bundle passphrase') };
  const list = [...(o.recipient ?? [])];
  if (o.recipientsFile) {
    for (const line of readInputText(o.recipientsFile, 'recipients').split(/\r?\n/)) {
      const t = line.trim();
      if (t && !t.startsWith('#')) list.push(t);
    }
  }
  if (list.length === 0) throw new CliError('usage', 'give --recipient R, --recipients-file F or --bundle-passphrase-file F');
  return { recipients: list };
}

function loadSigner(keyFile: string, passFile: string | undefined): MinisignSecretKey {
  try {
    return parseSecretKey(readInputText(keyFile, 'secret key'), passFile ? readInputText(passFile, 'key passphrase') : undefined);
  } catch (error) {
    if (error instanceof MinisignError) throw new CliError('usage', `cannot use the signing key: ${error.reason}`);
    throw error;
  }
}

function outPath(out: string, bundleId: string): string {
  const p = resolve(out);
  return existsSync(p) && statSync(p).isDirectory() ? join(p, `${bundleId}.baken`) : p;
}

export function registerBundleCommands(program: Command, out: Out): void {
  const bundle = program.command('bundle').description('make bundles (the intake side)');
  bundle
    .command('pack')
    .description('make a bundle from report JSON files and their attachments, signed and encrypted')
    .requiredOption('--report <files...>', 'report JSON files (baken-report/1)')
    .option('--attachment <files...>', 'attachment files named by the reports (by SHA-256)')
    .requiredOption('--key <file>', 'minisign secret key of the intake station')
    .option('--key-passphrase-file <file>', 'passphrase of an encrypted minisign key')
    .option('--recipient <recipients...>', 'workstation recipients (age1…, age1pq1…)')
    .option('--recipients-file <file>', 'age recipients file, e.g. the exported baken-workstation-recipients.txt')
    .option('--bundle-passphrase-file <file>', 'encrypt to a passphrase instead')
    .option('--station <name>', 'name of the intake station', 'intake')
    .option('--armor', 'ASCII-armored age output')
    .requiredOption('--out <path>', 'output file, or a folder for <bundleId>.baken')
    .action(async (o: RecipientOpts & { report: string[]; attachment?: string[]; key: string; keyPassphraseFile?: string; station: string; armor?: boolean; out: string }) => {
      const to = recipientsFrom(o);
      const signer = loadSigner(o.key, o.keyPassphraseFile);
      // Exact bytes: a text read would quietly replace invalid UTF-8 that the pack must refuse.
      const reports = o.report.map((f) => readInputBytes(f, 'report'));
      const attachments = await Promise.all((o.attachment ?? []).map((f) => attachmentFromFile(resolve(f))));
      try {
        const { bundleId, stream } = packBundle({ reports, attachments, station: o.station, signer, to, armor: o.armor === true });
        const file = outPath(o.out, bundleId);
        await writeStreamAtomic(file, stream);
        print(out, { bundleId, file }, () => `${file}\nbundle ${bundleId}: ${reports.length} report(s), ${attachments.length} attachment(s)`);
      } catch (error) {
        if (error instanceof PackError) throw new CliError('usage', error.message);
        throw error;
      }
    });

  bundle
    .command('synth')
    .description('write N realistic synthetic bundles (several languages and scripts, attachments, consent mixes)')
    .requiredOption('--count <n>', 'number of bundles', (v) => Number.parseInt(v, 10))
    .requiredOption('--out <dir>', 'output folder (made if missing)')
    .option('--reports-per-bundle <k>', 'reports in each bundle', (v) => Number.parseInt(v, 10), 3)
    .option('--seed <n>', 'seed: the same seed gives the same reports', (v) => Number.parseInt(v, 10), 1)
    .option('--key <file>', 'minisign secret key (default: DIR/intake.key, made if missing, unencrypted: demo only)')
    .option('--recipient <recipients...>', 'workstation recipients')
    .option('--recipients-file <file>', 'age recipients file')
    .option('--station <name>', 'station name', 'intake-synth')
    .option('--from <date>', 'earliest receivedAt (default: a year ago)')
    .option('--to <date>', 'latest receivedAt (default: now)')
    .action(async (o: RecipientOpts & { count: number; out: string; reportsPerBundle: number; seed: number; key?: string; station: string; from?: string; to?: string }) => {
      if (!Number.isInteger(o.count) || o.count < 1) throw new CliError('usage', '--count must be a positive whole number');
      if (!Number.isInteger(o.reportsPerBundle) || o.reportsPerBundle < 1 || o.reportsPerBundle > 5000) throw new CliError('usage', '--reports-per-bundle must be 1–5000');
      const to = recipientsFrom(o);
      const dir = resolve(o.out);
      mkdirSync(dir, { recursive: true });
      let keyFile = o.key;
      if (!keyFile) {
        keyFile = join(dir, 'intake.key');
        if (!existsSync(keyFile)) {
          const kp = generateKeyPair({ untrustedComment: 'baken synth intake key (unencrypted, demo only)' });
          writeFileSync(keyFile, kp.secretKeyText, { mode: 0o600 });
          writeFileSync(join(dir, 'intake.pub'), kp.publicKeyText);
        }
      }
      const signer = loadSigner(keyFile, undefined);
      const now = new Date();
      const receivedTo = o.to ? new Date(o.to) : now;
      const receivedFrom = o.from ? new Date(o.from) : new Date(receivedTo.getTime() - 365 * 86_400_000);
      if (Number.isNaN(receivedFrom.getTime()) || Number.isNaN(receivedTo.getTime())) throw new CliError('usage', '--from/--to must be dates');
      // Loaded only here: the generator's word lists are not needed by any other command.
      const { createSynth } = await import('../bundle/synth');
      const synth = createSynth({ seed: o.seed, receivedFrom, receivedTo });
      const files: string[] = [];
      for (let i = 0; i < o.count; i++) {
        const batch = Array.from({ length: o.reportsPerBundle }, () => synth.next());
        const attachments = new Map(batch.flatMap((r) => r.attachments).map((a) => [a.sha256, attachmentFromBytes(a.bytes)]));
        const { bundleId, stream } = packBundle({
          reports: batch.map((r) => r.json),
          attachments: [...attachments.values()],
          station: o.station,
          signer,
          to,
          bundleId: synth.nextBundleId(),
        });
        const file = join(dir, `${bundleId}.baken`);
        await writeStreamAtomic(file, stream);
        files.push(file);
      }
      print(out, { files, publicKey: o.key ? null : join(dir, 'intake.pub') }, () => `${files.length} bundle(s) in ${dir}${o.key ? '' : `\nintake public key: ${join(dir, 'intake.pub')} (trust it with: baken trust add … --label synth)`}`);
    });
}
