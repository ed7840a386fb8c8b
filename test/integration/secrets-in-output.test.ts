// No secret in any output: passphrases (right and wrong ones), bundle and key passphrases, the
// workstation's age identities, an intake's minisign secret key, the vault master key and its
// subkeys (hex, base64) and report plaintext never reach a log line, stdout/stderr, a console
// call, an error code or message (dispatcher, import result, quarantine, CLI), a progress event,
// an audit entry or a command line. Realistic failing and succeeding operations run through the
// real dispatcher (imports in the real worker thread) and the real `baken` command; afterwards
// every surface is searched for every secret (test/security/leak-scan.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BakenError, type Result } from '../../core/errors';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../core/ipc/contract';
import { generateKeyPair } from '../../main/bundle/minisign';
import { createDispatcher } from '../../main/ipc/dispatcher';
import { logError } from '../../main/log';
import { ManualClock } from '../../main/services/clock';
import type { Platform } from '../../main/services/context';
import { currentIdentities } from '../../db/queries/identities';
import { readHeader } from '../../main/vault/header';
import { deriveSlotKey, openSlot } from '../../main/vault/keyslots';
import { vaultPaths } from '../../main/vault/layout';
import { deriveSubkey } from '../../main/vault/subkeys';
import { type Secret, type Surface, captureProcessOutput, findLeaks } from '../security/leak-scan';
import { appendRaw, buildBundle, jsonBytes, newIntake, rawEntry, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { tempDir } from '../support/temp';
import { APP, TEST_KDF } from '../support/vault';

// Distinctive values, so that a hit can only be a leak.
const S = {
  adminPass: 'Kraanvogel bergamot vijftien sneeuwuil',
  wrongPass: 'Kraanvogel bergamot vijftien sneeuwuul',
  mismatchPass: 'Ijsbeer tamarinde zestig Waddenzee',
  bramFirst: 'Lantaarnvis kardemom negentien Oosterschelde',
  bramPass: 'Zeekoet pimpernel dertig Biesbosch-mist',
  commonPass: 'password1234',
  bundlePass: 'Grutto over de Lek om zeventien over vijf',
  wrongBundlePass: 'Grutto over de Lek om achttien over vijf',
  keyPass: 'Oeverzwaluw saffraan elf Hondsbossche',
  wrongKeyPass: 'Oeverzwaluw saffraan elf Hondsbossche!',
  name: 'Zeynep Qarluq-Vandermolen',
  phone: '+31 6 40417729',
  email: 'zeynep.qarluq@posteo.example',
  summary: 'Dreigtelefoon over broer Izmir-9931',
  narrative:
    'Op 3 maart belde iemand van het consulaat. Hij noemde het codewoord ZWARTE-KRAANVOGEL-8812 en zei dat mijn broer in Izmir zou worden opgepakt als ik niet zou stoppen met de demonstraties voor het Zuidasplein.',
  attachment: 'Schermafdruk: bericht van +90 532 771 0420, "we weten waar je zus woont, Ruysdaelkade 77"',
} as const;

/** Report plaintext: allowed in a successful answer that shows the report, nowhere else. */
const CONTENT_KEYS = new Set<keyof typeof S>(['name', 'phone', 'email', 'summary', 'narrative', 'attachment']);

let tmp: ReturnType<typeof tempDir>;
let capture: ReturnType<typeof captureProcessOutput>;
const errors: Surface[] = []; // every failed result: code and message
const values: Surface[] = []; // every successful answer (may show report content, never a key)
const cliRuns: Surface[] = [];
const argvs: Surface[] = [];
const keySecrets: Secret[] = []; // filled from the vault: identities, VMK, subkeys
let intakeSecret = '';
let otherIntakeSecret = '';
let encryptedKeyText = '';

let platformError: Error | null = null;
const clock = new ManualClock();
const events: Surface[] = [];
let dispatcher: ReturnType<typeof createDispatcher>;
let vaultDir = '';
let usb = '';

async function call(channel: string, input: unknown = {}): Promise<Result<unknown>> {
  const r = await dispatcher.dispatch(APP, channel, input);
  if (r.ok) values.push({ name: `dispatcher ${channel} value`, text: JSON.stringify(r.value) });
  else errors.push({ name: `dispatcher ${channel} error`, text: `${r.error.code}: ${r.error.message}` });
  return r;
}
async function ok<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}`);
  return r.value as ChannelOutput<C>;
}
async function fail(channel: string, input: unknown): Promise<string> {
  const r = await call(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error.code;
}

function cli(label: string, args: string[], env: Record<string, string | undefined> = {}): ReturnType<typeof baken> {
  argvs.push({ name: `argv of ${label}`, text: args.join(' ') });
  const r = baken(args, env);
  cliRuns.push({ name: `cli ${label} stdout`, text: r.stdout }, { name: `cli ${label} stderr`, text: r.stderr });
  return r;
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp.path, name);
  writeFileSync(path, content);
  return path;
}

function report(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = reportObject({ attachments: [Buffer.from(S.attachment)] });
  return {
    ...base,
    reporter: { pseudonym: 'Lavendel-42', name: S.name, phone: S.phone, email: S.email, consent: { contact: true, referral: true, anonymisedAnalysis: true } },
    incident: { summary: S.summary, narrative: S.narrative, categories: ['intimidation'], countryOfConcern: 'TR' },
    ...extra,
  };
}

beforeAll(() => {
  tmp = tempDir();
  vaultDir = join(tmp.path, 'vault');
  usb = join(tmp.path, 'usb');
  mkdirSync(usb);
  delete process.env.BAKEN_DEBUG; // as shipped: library messages are not printed
  capture = captureProcessOutput();
  const platform: Platform = {
    chooseExportDirectory: async () => join(tmp.path, 'export'),
    chooseFolder: async () => null,
    chooseBundleFiles: async () => {
      if (platformError) throw platformError;
      return null;
    },
    detectVolumes: () => [{ path: usb, label: 'USB' }],
  };
  dispatcher = createDispatcher(
    { vaultDir, clock, kdf: TEST_KDF, platform, emit: (name, payload) => events.push({ name: `event ${name}`, text: JSON.stringify(payload) }) },
    { appOrigin: 'app://baken' },
  );
});

afterAll(() => {
  capture.restore();
  dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('secrets stay out of every output', () => {
  it('drives the dispatcher: wrong passphrases, bad input, imports of good and refused bundles, a failing platform call', async () => {
    // Creating the vault: a mismatch first, then for real.
    expect(await fail('vault.create', { username: 'anna', displayName: 'Anna', passphrase: S.adminPass, passphraseRepeat: S.mismatchPass })).toBe('passphrase-mismatch');
    const created = await ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: S.adminPass, passphraseRepeat: S.adminPass });
    await ok('users.setRoles', { userId: created.session.userId, roles: ['admin', 'counsellor'] });

    // Users: a common passphrase, a secret in a field the schema refuses, then a real one.
    expect(await fail('users.create', { username: 'bram', displayName: 'Bram', roles: ['counsellor'], passphrase: S.commonPass, passphraseRepeat: S.commonPass })).toBe('passphrase-common');
    expect(await fail('users.create', { username: 'bram', displayName: 'Bram', roles: ['counsellor'], passphrase: S.bramFirst, passphraseRepeat: S.bramFirst, note: S.bramFirst })).toBe('invalid-input');
    expect(await fail('session.unlock', { username: S.adminPass, passphrase: 42 })).toBe('invalid-input');
    await ok('users.create', { username: 'bram', displayName: 'Bram', roles: ['counsellor'], passphrase: S.bramFirst, passphraseRepeat: S.bramFirst });

    // Unlocking: a wrong passphrase, someone else's, then right; changing a passphrase with a wrong current one.
    await ok('session.lock', {});
    expect(await fail('session.unlock', { username: 'anna', passphrase: S.wrongPass })).toBe('wrong-credentials');
    expect(await fail('session.unlock', { username: 'anna', passphrase: S.bramFirst })).toBe('wrong-credentials');
    await ok('session.unlock', { username: 'bram', passphrase: S.bramFirst });
    expect(await fail('session.changePassphrase', { current: S.wrongPass, next: S.bramPass, nextRepeat: S.bramPass })).toBe('wrong-credentials');
    expect(await fail('session.changePassphrase', { current: S.bramFirst, next: S.bramPass, nextRepeat: S.mismatchPass })).toBe('passphrase-mismatch');
    await ok('session.changePassphrase', { current: S.bramFirst, next: S.bramPass, nextRepeat: S.bramPass });
    await ok('session.lock', {});
    await ok('session.unlock', { username: 'anna', passphrase: S.adminPass });

    // The intake key, and bundles on the "USB stick".
    const intake = newIntake();
    const stranger = newIntake();
    intakeSecret = intake.secretKeyText;
    otherIntakeSecret = stranger.secretKeyText;
    await ok('trust.add', { publicKey: intake.publicKeyText, label: 'intake-01' });
    const to = { recipients: [created.recipients.x25519] };
    const att = Buffer.from(S.attachment);
    const good = await buildBundle({ reports: [jsonBytes(report())], attachments: [att], signer: intake, to });
    writeFileSync(join(usb, 'a-good.baken'), good.bytes);
    writeFileSync(join(usb, 'b-duplicate.baken'), good.bytes);
    const invalid = await buildBundle({ reports: [jsonBytes(report({ channel: S.narrative }))], attachments: [att], signer: intake, to });
    writeFileSync(join(usb, 'c-report-invalid.baken'), invalid.bytes);
    const untrusted = await buildBundle({ reports: [jsonBytes(report())], attachments: [att], signer: stranger, to });
    writeFileSync(join(usb, 'd-untrusted.baken'), untrusted.bytes);
    const tampered = await buildBundle({
      reports: [jsonBytes(report())],
      attachments: [att],
      signer: intake,
      to,
      rawTar: (tar) => Buffer.from(tar.toString('latin1').replace('ZWARTE-KRAANVOGEL', 'WITTE--KRAANVOGEL'), 'latin1'),
    });
    writeFileSync(join(usb, 'e-hash-mismatch.baken'), tampered.bytes);
    const unsafe = await buildBundle({
      reports: [jsonBytes(report())],
      attachments: [att],
      signer: intake,
      to,
      rawTar: (tar) => appendRaw(tar, rawEntry(`reports/../${S.name}.json`, '0', Buffer.from(S.narrative))),
    });
    writeFileSync(join(usb, 'f-unsafe-entry.baken'), unsafe.bytes);
    const toPassphrase = await buildBundle({ reports: [jsonBytes(report())], attachments: [att], signer: intake, to: { passphrase: S.bundlePass, scryptLogN: 10 } });
    writeFileSync(join(usb, 'g-passphrase.baken'), toPassphrase.bytes);

    const [medium] = await ok('media.list', {});
    const names = medium?.files.map((f) => f.name) ?? [];
    expect(names).toHaveLength(7);
    const results = await ok('import.start', { mediumId: medium?.id ?? '', names });
    expect(results.map((r) => `${r.status}${r.code ? ` ${r.code}` : ''}`)).toEqual([
      'imported',
      'duplicate',
      'rejected report-invalid',
      'rejected untrusted-signer',
      'rejected hash-mismatch',
      'rejected unsafe-entry',
      expect.stringMatching(/^rejected /),
    ]);
    for (const r of results) errors.push({ name: `import result ${r.file}`, text: `${r.code ?? ''} ${r.detail ?? ''}` });
    for (const q of await ok('quarantine.list', {})) errors.push({ name: `quarantine ${q.fileName}`, text: JSON.stringify(q) });

    // The report is there (and its own answer may show it).
    const rows = await ok('reports.list', { limit: 10, offset: 0 });
    const shown = await ok('reports.get', { reportId: rows.rows[0]?.reportId ?? '' });
    expect(JSON.stringify(shown)).toContain('ZWARTE-KRAANVOGEL-8812');

    // A platform call (native dialog, file system) fails with a message that echoes a secret.
    platformError = Object.assign(new Error(`EACCES: permission denied, open '/media/usb/${S.name}.baken' (${S.bundlePass})`), { code: 'EACCES' });
    expect(await fail('import.pickFiles', {})).toBe('internal');
    platformError = null;
    // And the log sink itself, given a library error that echoes input.
    logError('reading a bundle failed', new Error(`bad passphrase ${S.bundlePass} for ${S.narrative}`));

    // Key material, to search for later.
    const { vault } = dispatcher.sessions.require();
    for (const id of currentIdentities(vault.db)) keySecrets.push({ label: `age identity ${id.kind}`, text: id.identity });
    const header = readHeader(vaultPaths(vaultDir).header);
    const vmk = openSlot(vaultPaths(vaultDir).keyslots, await deriveSlotKey(header, 'anna', S.adminPass));
    expect(vmk).not.toBeNull();
    if (vmk) {
      keySecrets.push({ label: 'vault master key', bytes: vmk });
      for (const purpose of ['database', 'audit', 'blobs'] as const) keySecrets.push({ label: `${purpose} subkey`, bytes: deriveSubkey(vmk, purpose) });
    }
    await ok('session.lock', {});
  });

  it('drives the `baken` command: wrong passphrases, bundle passphrases, refused bundles, pack with a wrong key passphrase', () => {
    const env = { BAKEN_VAULT: vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: S.adminPass };
    const wrongFile = file('wrong-pass.txt', `${S.wrongPass}\n`);

    const wrong = cli('wrong passphrase', ['vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: S.wrongPass });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('wrong-credentials');
    expect(cli('wrong passphrase file --json', ['--json', '--passphrase-file', wrongFile, 'vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: undefined }).status).toBe(2);

    // A bundle encrypted to a passphrase: the wrong one, then the right one.
    const folder = join(tmp.path, 'medium');
    mkdirSync(folder);
    writeFileSync(join(folder, 'g-passphrase.baken'), readFileSync(join(usb, 'g-passphrase.baken')));
    const badPass = cli('import, wrong bundle passphrase', ['--json', 'import', folder, '--bundle-passphrase-file', file('wrong-bundle-pass.txt', S.wrongBundlePass)], env);
    expect(badPass.status).toBe(3);
    expect(JSON.parse(badPass.stdout)).toMatchObject([{ status: 'rejected', code: expect.stringMatching(/^(wrong-recipient|decrypt-failed)$/) }]);
    const goodPass = cli('import, bundle passphrase', ['--json', 'import', folder, '--bundle-passphrase-file', file('bundle-pass.txt', S.bundlePass)], env);
    expect(goodPass.status, goodPass.stderr).toBe(0);
    expect(JSON.parse(goodPass.stdout)).toMatchObject([{ status: 'imported' }]);

    // Refused bundles in text output.
    const refused = cli('import, refused bundles', ['import', join(usb, 'c-report-invalid.baken'), join(usb, 'd-untrusted.baken'), join(usb, 'f-unsafe-entry.baken')], env);
    expect(refused.status).toBe(3);
    expect(refused.stdout).toContain('untrusted-signer');

    // Users and the audit chain.
    expect(cli('user add, common passphrase', ['--json', 'user', 'add', 'cem', '--role', 'reviewer', '--new-passphrase-file', file('common.txt', S.commonPass)], env).status).toBe(2);
    expect(cli('reports list', ['--json', 'reports', 'list'], env).status).toBe(0);
    expect(cli('audit verify', ['audit', 'verify'], env).status).toBe(0);

    // The intake side: an encrypted minisign key with a wrong passphrase, a report the schema
    // refuses, then a real pack to a bundle passphrase.
    const key = generateKeyPair({ passphrase: S.keyPass, scrypt: { opslimit: 1 << 20, memlimit: 1 << 24 } });
    encryptedKeyText = key.secretKeyText;
    const keyFile = file('intake.key', key.secretKeyText);
    const reportFile = file('report.json', JSON.stringify(report({ reportId: '6f1c2a7e-3d4b-4c5a-9e8f-0a1b2c3d4e5f', attachments: [] })));
    const invalidFile = file('invalid.json', JSON.stringify(report({ reportId: '6f1c2a7e-3d4b-4c5a-9e8f-0a1b2c3d4e60', attachments: [], language: S.narrative })));
    const out = join(tmp.path, 'packed');
    mkdirSync(out);
    const pack = (label: string, reportPath: string, keyPass: string) =>
      cli(label, ['bundle', 'pack', '--report', reportPath, '--key', keyFile, '--key-passphrase-file', file(`${label}.pass`, keyPass), '--bundle-passphrase-file', file('pack-pass.txt', S.bundlePass), '--out', out]);
    const wrongKey = pack('pack, wrong key passphrase', reportFile, S.wrongKeyPass);
    expect(wrongKey.status).toBe(2);
    expect(wrongKey.stderr).toContain('cannot use the signing key');
    expect(pack('pack, invalid report', invalidFile, S.keyPass).status).toBe(2);
    const packed = pack('pack', reportFile, S.keyPass);
    expect(packed.status, packed.stderr).toBe(0);
  }, 120_000);

  it('leaves every secret out of logs, output, errors, events, audit entries and command lines', async () => {
    // The audit log as the admin reads it, and its raw rows.
    await ok('session.unlock', { username: 'anna', passphrase: S.adminPass });
    const audit: Surface[] = [];
    for (let before: number | undefined; ; ) {
      const page = await ok('audit.list', { limit: 500, ...(before ? { beforeSeq: before } : {}) });
      audit.push(...page.entries.map((e) => ({ name: `audit entry ${e.seq} ${e.action}`, text: JSON.stringify(e) })));
      if (page.entries.length < 500) break;
      before = page.entries.at(-1)?.seq;
    }
    expect(audit.length).toBeGreaterThan(10);
    expect(audit.some((a) => a.name.includes('bundle.reject'))).toBe(true);
    const raw = dispatcher.sessions.require().vault.db.prepare('SELECT seq, at, actor, action, target, details FROM audit_log').all();
    audit.push({ name: 'audit_log rows', text: JSON.stringify(raw) });
    await ok('session.lock', {});
    capture.restore();

    const all: Secret[] = [
      ...Object.entries(S).map(([k, v]) => ({ label: k, text: v })),
      ...keySecrets,
      { label: 'intake minisign secret key', text: intakeSecret.split('\n')[1] ?? intakeSecret },
      { label: 'unknown intake minisign secret key', text: otherIntakeSecret.split('\n')[1] ?? otherIntakeSecret },
      { label: 'encrypted minisign secret key', text: encryptedKeyText.split('\n')[1] ?? encryptedKeyText },
    ];
    expect(keySecrets.map((k) => k.label)).toEqual(['age identity pq', 'age identity x25519', 'vault master key', 'database subkey', 'audit subkey', 'blobs subkey']);
    const credentials = all.filter((s) => !CONTENT_KEYS.has(s.label as keyof typeof S));

    const output: Surface = { name: 'stdout/stderr/console of this process (log sink, workers)', text: capture.text() };
    // The log line of the failing platform call and of logError are there, without their messages.
    expect(output.text).toContain('channel import.pickFiles failed: Error (EACCES)');
    expect(output.text).toContain('reading a bundle failed: Error');

    const leaks = [
      ...findLeaks([output, ...errors, ...events, ...cliRuns, ...argvs, ...audit], all),
      ...findLeaks(values, credentials),
    ];
    expect(leaks).toEqual([]);
    // No age identity of any kind, whoever's.
    expect([output, ...errors, ...values, ...cliRuns, ...audit].filter((s) => /AGE-SECRET-KEY-/i.test(s.text)).map((s) => s.name)).toEqual([]);
  });

  it('would notice a secret in an error message (the check can fail)', async () => {
    const before = errors.length;
    await ok('session.unlock', { username: 'anna', passphrase: S.adminPass });
    platformError = new BakenError('medium-unavailable', `cannot open ${S.bundlePass}`);
    expect(await fail('import.pickFiles', {})).toBe('medium-unavailable');
    platformError = null;
    await ok('session.lock', {});
    const planted = errors.slice(before);
    expect(findLeaks(planted, [{ label: 'bundlePass', text: S.bundlePass }])).toMatchObject([
      { secret: 'bundlePass', form: 'text', surface: 'dispatcher import.pickFiles error' },
    ]);
    // Fragments and encodings count too.
    expect(findLeaks([{ name: 'x', text: `key ${Buffer.from(S.bundlePass).toString('base64')}` }], [{ label: 'p', text: S.bundlePass }])[0]?.form).toBe('base64');
    expect(findLeaks([{ name: 'x', text: `…${S.narrative.slice(40, 75)}…` }], [{ label: 'n', text: S.narrative }])[0]?.form).toMatch(/^text fragment/);
  });
});
