// The one entry point for every IPC call, from Electron's ipcMain and from the test harness alike:
// sender check → input parse → session and role check → handler → Result.
import { ZodError } from 'zod';
import { BakenError, type ErrorCode, type Result, errorMessage } from '../../core/errors';
import { type ChannelName, channels, isChannelName } from '../../core/ipc/contract';
import { hasAnyRole } from '../../core/roles';
import type { ServiceContext } from '../services/context';
import { type ImportRunner, runImport, runImportInProcess } from '../import/run-import';
import { ImportService } from '../services/imports';
import { searchHooks } from '../search/hooks';
import { SessionManager } from '../services/session';
import { type Handlers, handlers } from './handlers';
import { logError } from '../log';
import { sqliteErrorCode } from '../../db/sqlite-errors';

export type Sender = { url: string; isMainFrame: boolean };

/** Channels a user who must replace an admin-set passphrase may still use. */
const ALLOWED_BEFORE_PASSPHRASE_CHANGE: ReadonlySet<ChannelName> = new Set([
  'app.status',
  'session.lock',
  'session.activity',
  'session.changePassphrase',
  'session.setLanguage',
  'settings.get',
]);

/** Channels that may run while the vault is being re-keyed: they touch no vault data. */
const ALLOWED_DURING_EXCLUSIVE_WORK: ReadonlySet<ChannelName> = new Set(['app.status', 'session.activity']);

export type Dispatcher = {
  dispatch(sender: Sender, channel: unknown, input: unknown): Promise<Result<unknown>>;
  sessions: SessionManager;
};

export type DispatcherOptions = {
  appOrigin: string;
  frontend?: 'app' | 'cli';
  /** How imports run; by default the CLI in its own thread (run-import.ts says why), the app in a worker. */
  importRunner?: ImportRunner;
};

export function createDispatcher(ctx: ServiceContext, options: DispatcherOptions): Dispatcher {
  const sessions = new SessionManager(ctx);
  const imports = new ImportService(ctx, options.importRunner ?? (options.frontend === 'cli' ? runImportInProcess : runImport));
  sessions.onLock(() => imports.cancel());
  // Wired to main/search once the index exists; until then notes and moves need no index work.
  const services = { ctx, sessions, imports, search: searchHooks };
  const frontend = options.frontend ?? 'app';

  function trustedSender(sender: Sender): boolean {
    if (!sender.isMainFrame) return false;
    try {
      const url = new URL(sender.url);
      return `${url.protocol}//${url.host}` === options.appOrigin;
    } catch {
      return false;
    }
  }

  async function run(channel: ChannelName, raw: unknown): Promise<unknown> {
    const spec = channels[channel];
    const input: unknown = spec.input.parse(raw ?? {});
    const session = sessions.current();
    switch (spec.access.kind) {
      case 'public':
        break;
      case 'session':
        if (!session) throw new BakenError('not-authenticated');
        break;
      case 'roles':
        if (!session) throw new BakenError('not-authenticated');
        if (!hasAnyRole(session.user.roles, spec.access.roles)) throw new BakenError('forbidden');
        if (spec.access.cliOnly && frontend !== 'cli') throw new BakenError('forbidden');
        break;
      default: {
        const never: never = spec.access;
        throw new Error(`unhandled access ${String(never)}`);
      }
    }
    if (session) {
      if (sessions.busyWith() && !ALLOWED_DURING_EXCLUSIVE_WORK.has(channel)) throw new BakenError('vault-maintenance');
      if (session.user.mustChangePassphrase && !ALLOWED_BEFORE_PASSPHRASE_CHANGE.has(channel)) {
        throw new BakenError('forbidden', 'choose a new passphrase first');
      }
      sessions.touch();
    }
    const handler = handlers[channel] as (input: unknown, s: typeof services) => unknown;
    return await handler(input, services);
  }

  return {
    sessions,
    async dispatch(sender, channel, input) {
      if (!trustedSender(sender)) return failure('sender-rejected');
      if (!isChannelName(channel)) return failure('unknown-channel');
      try {
        return { ok: true, value: await run(channel, input) };
      } catch (error) {
        if (error instanceof BakenError) return { ok: false, error: { code: error.code, message: error.message } };
        const sqlite = sqliteErrorCode(error);
        if (sqlite) {
          // A damaged page reached by this call, or another process's long write: say so (and
          // what to do), never in SQLite's words.
          logError(`channel ${channel} failed: ${sqlite}`, error);
          return failure(sqlite);
        }
        if (error instanceof ZodError) {
          // Say where, never what: the values may be secrets.
          const where = error.issues.map((i) => i.path.join('.') || '(input)').join(', ');
          return { ok: false, error: { code: 'invalid-input', message: `${errorMessage('invalid-input')} (${where})` } };
        }
        logError(`channel ${channel} failed`, error);
        return failure('internal');
      }
    },
  };
}

function failure(code: ErrorCode): Result<never> {
  return { ok: false, error: { code, message: errorMessage(code) } };
}

export type { Handlers };
