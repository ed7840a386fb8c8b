// One handler per channel of core/ipc/contract.ts. The dispatcher has already parsed the input
// and checked session and role; handlers call services and shape the output.
import { BakenError } from '../../core/errors';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../core/ipc/contract';
import { normaliseUsername } from '../../core/usernames';
import { countAudit, pageAudit } from '../../db/queries/audit';
import { setLanguage } from '../../db/queries/users';
import { toAuditEntry, verifyAudit } from '../audit/chain';
import type { ServiceContext } from '../services/context';
import { destroyIdentity, listIdentities, rekey, rotateIdentities } from '../services/keys';
import { backupRecipients, createBackup, setBackupRecipients } from '../services/backup';
import { exportRecipients } from '../services/recipients-export';
import { type SessionManager, toSessionInfo } from '../services/session';
import { readBundleLimits, readSettings, updateBundleLimits, updateSettings } from '../services/settings';
import {
  changeOwnPassphrase,
  changeRoles,
  checkNewPassphrase,
  createUser,
  deactivate,
  listAllUsers,
  resetPassphrase,
  validUsername,
} from '../services/users';
import { workstationRecipients as identitiesOrThrow } from '../vault/identities';
import { createVault, unlockVault, vaultExists } from '../vault/vault';
import { countReports, listQuarantine, listReports } from '../../db/queries/intake';
import type { ImportService } from '../services/imports';
import { addFolder, currentSources, listMedia, removeFolder } from '../services/media-service';
import { resolveBundleFiles } from '../media/media';
import { addTrustedKey, listTrustedKeys, revokeTrustedKey } from '../services/trust';
import { toReportRow } from '../services/reports';
import { recoverAfterUnlock } from '../services/recovery';
import { recordClockBackwards } from '../audit/clock-check';
import { backfillLshKeys } from '../review/backfill';
import { followUpImport } from '../import/follow-up';
import { withinForegroundBudget } from '../review/pending';
import type { MoveHook, NoteHook } from '../services/cases';
import { caseHandlers } from './case-handlers';
import { referralHandlers } from './referral-handlers';
import { briefHandlers } from './brief-handlers';
import { reviewHandlers } from './review-handlers';
import { retentionHandlers } from './retention-handlers';
import { purgeAfterUnlock } from '../services/retention';

/** Hooks that keep the search index in step with notes and moved reports (main/search). */
export type SearchHooks = { onNote: NoteHook; onMove: MoveHook };
export type Services = { ctx: ServiceContext; sessions: SessionManager; imports: ImportService; search: SearchHooks };

export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>, services: Services) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export const handlers: Handlers = {
  'app.status': (_input, { ctx, sessions }) => {
    const s = sessions.current();
    return {
      vault: s ? 'unlocked' : vaultExists(ctx.vaultDir) ? 'locked' : 'absent',
      session: s ? toSessionInfo(s.user) : null,
      autoLockMinutes: sessions.autoLockMinutes(),
      demoUsers: ctx.demoUsers ?? null,
    };
  },
  'vault.create': async (input, { ctx, sessions }) => {
    if (vaultExists(ctx.vaultDir)) throw new BakenError('vault-exists');
    const username = validUsername(input.username);
    checkNewPassphrase(input.passphrase, input.passphraseRepeat, username);
    const { vault, user } = await createVault(
      ctx.vaultDir,
      { username, displayName: input.displayName, passphrase: input.passphrase },
      { clock: ctx.clock, ...(ctx.kdf ? { kdf: ctx.kdf } : {}) },
    );
    sessions.start({ vault, user });
    return { session: toSessionInfo(user), recipients: identitiesOrThrow(vault.db) };
  },
  'session.unlock': async (input, { ctx, sessions }) => {
    const { vault, user } = await unlockVault(ctx.vaultDir, normaliseUsername(input.username), input.passphrase, {
      clock: ctx.clock,
    });
    try {
      // A clock behind the audit log is recorded (main/audit/clock-check.ts).
      recordClockBackwards(vault);
      recoverAfterUnlock(vault);
      // Retention (main/services/retention.ts): what is past its period goes, as the system; before
      // the review step, which recomputes the signals that named a purged report.
      purgeAfterUnlock(vault);
      // A new normaliser version (or a vault from before search) rebuilds the index once; reports
      // and review signals a stopped import job (or a migration) left are done now.
      backfillLshKeys(vault.db);
      withinForegroundBudget(vault, (contactKey, stop) => followUpImport(vault.db, contactKey, () => vault.now(), stop));
    } catch (error) {
      // E.g. a damaged page met on the way: no half-started session keeps the keys in memory.
      vault.close();
      throw error;
    }
    sessions.start({ vault, user });
    return toSessionInfo(user);
  },
  'session.lock': (_input, { sessions }) => {
    sessions.lock('manual');
    return null;
  },
  'session.activity': () => null,
  'session.changePassphrase': async (input, { sessions }) => {
    await changeOwnPassphrase(sessions.require(), input);
    return toSessionInfo(sessions.refreshUser());
  },
  'session.setLanguage': (input, { sessions }) => {
    const s = sessions.require();
    setLanguage(s.vault.db, s.user.id, input.language);
    return toSessionInfo(sessions.refreshUser());
  },
  'vault.recipients': (_input, { sessions }) => identitiesOrThrow(sessions.require().vault.db),
  'vault.exportRecipients': (_input, { ctx, sessions }) => exportRecipients(ctx, sessions.require()),
  'keys.rekey': (input, { ctx, sessions, imports }) => rekey(ctx, sessions, imports, input.passphrase),
  'keys.identities': (_input, { sessions }) => listIdentities(sessions.require()),
  'keys.rotateIdentities': (_input, { sessions }) => rotateIdentities(sessions.require()),
  'keys.destroyIdentity': (input, { sessions }) => destroyIdentity(sessions.require(), input.id),
  'users.list': (_input, { sessions }) => listAllUsers(sessions.require()),
  'users.create': (input, { sessions }) => createUser(sessions.require(), input),
  'users.setRoles': (input, { sessions }) => {
    const out = changeRoles(sessions.require(), input.userId, input.roles);
    sessions.refreshUser();
    return out;
  },
  'users.resetPassphrase': (input, { sessions }) => resetPassphrase(sessions.require(), input),
  'users.deactivate': (input, { sessions }) => deactivate(sessions.require(), input.userId),
  'audit.list': (input, { sessions }) => {
    const db = sessions.require().vault.db;
    return { entries: pageAudit(db, input.beforeSeq, input.limit).map(toAuditEntry), total: countAudit(db) };
  },
  'backup.recipients': (_input, { sessions }) => backupRecipients(sessions.require()),
  'backup.setRecipients': (input, { sessions }) => setBackupRecipients(sessions.require(), input.recipients),
  'backup.create': (input, { ctx, sessions, imports }) => createBackup(ctx, sessions.require(), imports, { passphrase: input.passphrase }),
  'backup.createTo': (input, { ctx, sessions, imports }) =>
    createBackup(ctx, sessions.require(), imports, { directory: input.directory, recipients: input.recipients, passphrase: input.passphrase }),
  'audit.verify': (_input, { sessions }) => {
    const { vault, user } = sessions.require();
    const result = verifyAudit(vault.db, vault.auditMacKey());
    vault.audit({ actor: user.username, action: 'audit.verify', details: { ok: result.ok, entries: result.entries } });
    return result;
  },
  'settings.get': (_input, { sessions }) => readSettings(sessions.require().vault.db),
  'settings.update': (input, { sessions }) => updateSettings(sessions.require(), input),
  'settings.bundleLimits': (_input, { sessions }) => readBundleLimits(sessions.require().vault.db),
  'settings.updateBundleLimits': (input, { sessions }) => updateBundleLimits(sessions.require(), input),
  'media.list': (_input, { ctx, sessions }) => listMedia(ctx, sessions.require()),
  'media.addFolder': (input, { ctx, sessions }) => addFolder(ctx, sessions.require(), input.label),
  'media.removeFolder': (input, { ctx, sessions }) => removeFolder(ctx, sessions.require(), input.mediumId),
  'import.start': (input, { ctx, sessions, imports }) => {
    const session = sessions.require();
    const { medium, paths } = resolveBundleFiles(currentSources(ctx, session), input.mediumId, input.names);
    return imports.run(session, paths.map((path) => ({ path, medium: medium.label })), null);
  },
  'import.pickFiles': async (_input, { ctx, sessions, imports }) => {
    const session = sessions.require();
    const picked = await ctx.platform.chooseBundleFiles();
    if (!picked || picked.length === 0) return [];
    return imports.run(session, [...new Set(picked)].sort().map((path) => ({ path, medium: null })), null);
  },
  'import.cancel': (_input, { imports }) => ({ cancelled: imports.cancel() }),
  'import.paths': (input, { sessions, imports }) =>
    imports.run(sessions.require(), input.paths.map((path) => ({ path, medium: null })), input.bundlePassphrase ?? null),
  'quarantine.list': (input, { sessions }) => listQuarantine(sessions.require().vault.db, input.limit),
  'reports.list': (input, { sessions }) => {
    const db = sessions.require().vault.db;
    const opts = { limit: input.limit, offset: input.offset, ...(input.status ? { status: input.status } : {}) };
    return { rows: listReports(db, opts).map(toReportRow), total: countReports(db, input.status) };
  },
  'trust.list': (_input, { sessions }) => listTrustedKeys(sessions.require()),
  'trust.add': (input, { sessions }) => addTrustedKey(sessions.require(), input.publicKey, input.label),
  'trust.revoke': (input, { sessions }) => revokeTrustedKey(sessions.require(), input.keyId),
  ...caseHandlers,
  ...reviewHandlers,
  ...referralHandlers,
  ...briefHandlers,
  ...retentionHandlers,
};
