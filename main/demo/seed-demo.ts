// A throwaway demo vault filled with synthetic reports (baken bundle synth), demo users for each
// role with known passphrases, and some casework, so the app can be tried without any keys.
// Everything is made up; the vault is encrypted like any other.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../core/roles';
import { setKeyslot } from '../../db/queries/users';
import { attachmentFromBytes, packBundle } from '../bundle/pack';
import { generateKeyPair, parseSecretKey } from '../bundle/minisign';
import { createSynth } from '../bundle/synth';
import { writeStreamAtomic } from '../fs/write-stream-atomic';
import { importEnv } from '../import/import-env';
import { followUpImport } from '../import/follow-up';
import { contactKeyFrom } from '../review/contacts';
import { importFiles } from '../import/import-files';
import { createDispatcher } from '../ipc/dispatcher';
import { systemClock } from '../services/clock';
import { readBundleLimits } from '../services/settings';

export type DemoUser = { username: string; passphrase: string; roles: Role[] };

export const DEMO_USERS: DemoUser[] = [
  { username: 'beheer', passphrase: 'demo beheer wachtwoordzin', roles: ['admin'] },
  { username: 'coordinator', passphrase: 'demo coordinator wachtwoordzin', roles: ['coordinator'] },
  { username: 'hulpverlener', passphrase: 'demo hulpverlener wachtwoordzin', roles: ['counsellor'] },
  { username: 'tweede', passphrase: 'demo tweede hulpverlener zin', roles: ['counsellor'] },
  { username: 'beoordelaar', passphrase: 'demo beoordelaar wachtwoordzin', roles: ['reviewer'] },
];

const DISPLAY: Record<string, string> = {
  beheer: 'Bea Beheer',
  coordinator: 'Cor Coördinator',
  hulpverlener: 'Hanna Hulpverlener',
  tweede: 'Tarik Tweede',
  beoordelaar: 'Bo Beoordelaar',
};

export async function seedDemoVault(dir: string, opts: { reports?: number; now?: Date } = {}): Promise<DemoUser[]> {
  const reports = opts.reports ?? 80;
  const now = opts.now ?? new Date();
  const noDialogs = { chooseExportDirectory: async () => null, chooseFolder: async () => null, chooseBundleFiles: async () => null, detectVolumes: () => [] };
  const d = createDispatcher(
    // A cheaper KDF than production: the demo vault is throwaway and should open quickly.
    { vaultDir: join(dir, 'vault'), clock: systemClock, platform: noDialogs, emit: () => undefined, kdf: { alg: 'scrypt', logN: 15, r: 8, p: 1 } },
    { appOrigin: 'demo://seed' },
  );
  const sender = { url: 'demo://seed/', isMainFrame: true };
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await d.dispatch(sender, channel, input);
    if (!r.ok) throw new Error(`demo seed: ${channel}: ${r.error.code}`);
    return r.value as T;
  };
  const [admin, ...others] = DEMO_USERS;
  if (!admin) throw new Error('no demo admin');
  const created = await call<{ recipients: { x25519: string } }>('vault.create', { username: admin.username, displayName: DISPLAY[admin.username], passphrase: admin.passphrase, passphraseRepeat: admin.passphrase });
  const adminSession = d.sessions.require();
  for (const u of others) {
    const made = await call<{ id: number }>('users.create', { username: u.username, displayName: DISPLAY[u.username] ?? u.username, roles: u.roles, passphrase: u.passphrase, passphraseRepeat: u.passphrase });
    // Demo users keep their known passphrase instead of choosing a new one at first unlock.
    const slot = adminSession.vault.db.prepare('SELECT keyslot_id FROM users WHERE id = ?').pluck().get(made.id) as string;
    setKeyslot(adminSession.vault.db, made.id, slot, false);
  }
  const kp = generateKeyPair({ untrustedComment: 'baken demo intake key' });
  await call('trust.add', { publicKey: kp.publicKeyText, label: 'Intake demo' });
  // The admin sees no case content: the coordinator imports and does the casework.
  const coordinator = DEMO_USERS.find((u) => u.username === 'coordinator');
  if (!coordinator) throw new Error('no demo coordinator');
  await call('session.lock', {});
  await call('session.unlock', { username: coordinator.username, passphrase: coordinator.passphrase });
  const worker = d.sessions.require();
  const signer = parseSecretKey(kp.secretKeyText);
  const usb = join(dir, 'demo-stick');
  mkdirSync(usb, { recursive: true });
  const synth = createSynth({ seed: 2026, receivedFrom: new Date(now.getTime() - 120 * 86_400_000), receivedTo: now });
  const paths: string[] = [];
  for (let i = 0; i < Math.ceil(reports / 4); i++) {
    const batch = Array.from({ length: Math.min(4, reports - i * 4) }, () => synth.next());
    const atts = new Map(batch.flatMap((r) => r.attachments).map((a) => [a.sha256, attachmentFromBytes(a.bytes)]));
    const { bundleId, stream } = packBundle({ reports: batch.map((r) => r.json), attachments: [...atts.values()], station: 'intake-demo', signer, to: { recipients: [created.recipients.x25519] }, bundleId: synth.nextBundleId() });
    const path = join(usb, `${bundleId}.baken`);
    await writeStreamAtomic(path, stream);
    paths.push(path);
  }
  const keys = worker.vault.workerKeys();
  await importFiles(
    importEnv({ db: worker.vault.db, vaultDir: worker.vault.dir, auditKey: keys.audit, blobKey: keys.blobs, user: coordinator.username, bundlePassphrase: null, limits: readBundleLimits(worker.vault.db), clock: systemClock }),
    paths.map((path) => ({ path, medium: 'demo' })),
  );
  followUpImport(worker.vault.db, contactKeyFrom(keys.blobs), () => systemClock.now());

  // Some casework so lists, case pages and the dashboard have something to show.
  const counsellors = await call<{ id: number; username: string }[]>('cases.counsellors', {});
  const hanna = counsellors.find((c) => c.username === 'hulpverlener');
  const tarik = counsellors.find((c) => c.username === 'tweede');
  const list = await call<{ rows: { id: number }[] }>('cases.list', { view: 'all', limit: 500 });
  for (const [i, c] of list.rows.entries()) {
    if (i % 3 === 2) continue; // a third stays in the inbox
    const who = i % 2 === 0 ? hanna : tarik;
    if (who) await call('cases.assign', { caseId: c.id, assigneeId: who.id });
    await call('cases.setStatus', { caseId: c.id, status: 'triage', closingReason: null });
    if (i % 4 === 0) continue;
    await call('cases.setStatus', { caseId: c.id, status: 'open', closingReason: null });
    if (i % 5 === 0) await call('cases.addNote', { caseId: c.id, body: 'Eerste gesprek gevoerd; melder wil teruggebeld worden na 18:00.' });
    if (i % 6 === 0) await call('cases.setFollowUp', { caseId: c.id, on: new Date(now.getTime() + ((i % 12) - 6) * 86_400_000).toISOString().slice(0, 10) });
    if (i % 7 === 0) await call('cases.setStatus', { caseId: c.id, status: 'closed', closingReason: 'resolved' });
  }
  d.sessions.lock('shutdown');
  return DEMO_USERS;
}
