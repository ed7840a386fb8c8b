// CLI commands of the intake path: import, reports list, trust store.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { REJECTION_TEXT } from '../../core/bundle/rejections';
import type { ImportResult } from '../../core/import-types';
import type { ReportRow } from '../../core/types';
import { scanMedium } from '../media/scan';
import type { CliClient } from './client';
import { CliError, EXIT } from './errors';
import { readInputText } from './input-files';
import { type Out, print } from './output';

export type SessionRunner = <T>(work: (client: CliClient) => Promise<T>) => Promise<T>;

/** Files as given; folders scanned for *.baken (top level and baken/), all in sorted path order. */
export function expandImportPaths(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new CliError('usage', `no such file or folder: ${arg}`);
    }
    if (st.isDirectory()) out.push(...scanMedium(path).map((f) => f.path));
    else out.push(path);
  }
  return [...new Set(out)].sort();
}

export function registerIntakeCommands(program: Command, out: Out, withSession: SessionRunner, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('import bundle files or folders (scanned for *.baken); exit 3 if any bundle is rejected')
    .argument('<paths...>', 'bundle files or folders')
    .option('--bundle-passphrase-file <file>', 'passphrase for bundles encrypted to a passphrase')
    .action(async (paths: string[], o: { bundlePassphraseFile?: string }) => {
      const files = expandImportPaths(paths);
      if (files.length === 0) throw new CliError('usage', 'no .baken files found');
      const bundlePassphrase = o.bundlePassphraseFile ? readInputText(o.bundlePassphraseFile, 'bundle passphrase') : undefined;
      const results = await withSession((c) => c.call('import.paths', { paths: files, ...(bundlePassphrase ? { bundlePassphrase } : {}) }));
      print(out, results, () => results.map(describeResult).join('\n'));
      if (results.some((r) => r.status === 'rejected')) setExit(EXIT.rejected);
    });

  const reports = program.command('reports').description('imported reports');
  reports
    .command('list')
    .description('one row per report: reportId, bundleId, receivedAt, channel, categories, status')
    .option('--status <status>', 'only reports with this status')
    .action(async (o: { status?: string }) => {
      const rows = await withSession(async (c) => {
        const all: ReportRow[] = [];
        for (;;) {
          const page = await c.call('reports.list', { limit: 1000, offset: all.length, ...(o.status ? { status: o.status } : {}) });
          all.push(...page.rows);
          if (page.rows.length === 0 || all.length >= page.total) return all;
        }
      });
      const slim = rows.map(({ reportId, bundleId, receivedAt, channel, categories, status }) => ({ reportId, bundleId, receivedAt, channel, categories, status }));
      print(out, slim, () => slim.map((r) => [r.reportId, r.bundleId, r.receivedAt, r.channel, r.categories.join(','), r.status].join('\t')).join('\n'));
    });

  const trust = program.command('trust').description('the intake trust store (admin)');
  trust
    .command('add')
    .description('trust an intake station’s minisign public key')
    .argument('<pubkey-file>', 'minisign .pub file')
    .requiredOption('--label <label>', 'name of the intake station')
    .action(async (file: string, o: { label: string }) => {
      const text = readInputText(file, 'public key');
      const key = await withSession((c) => c.call('trust.add', { publicKey: text, label: o.label }));
      print(out, key, () => `trusted ${key.keyId} (${key.label})`);
    });
  trust
    .command('list')
    .description('list trusted and revoked intake keys')
    .action(async () => {
      const keys = await withSession((c) => c.call('trust.list', {}));
      print(out, keys, () => keys.map((k) => `${k.keyId}\t${k.revokedAt ? `revoked ${k.revokedAt}` : 'trusted'}\t${k.label}`).join('\n'));
    });
  trust
    .command('revoke')
    .description('revoke a key (KEYID: the 16 hex digits minisign prints, any case); its reports are marked for review')
    .argument('<keyid>', 'key ID')
    .action(async (keyId: string) => {
      const r = await withSession((c) => c.call('trust.revoke', { keyId }));
      print(out, r, () => `revoked ${r.key.keyId}; ${r.reportsFlagged} report(s) marked for review`);
    });
}

function describeResult(r: ImportResult): string {
  switch (r.status) {
    case 'imported':
      return `imported   ${r.file}: bundle ${r.bundleId}, ${r.reports} report(s)`;
    case 'duplicate':
      return `duplicate  ${r.file}: bundle ${r.bundleId} was imported before`;
    case 'rejected':
      return `rejected   ${r.file}: ${r.code} (${r.detail}) — ${r.code ? REJECTION_TEXT[r.code].meaning.en : ''}`;
    default: {
      const never: never = r.status;
      return String(never);
    }
  }
}
