// `baken` command line: a second front end on the same services, for admins, scripts and tests.
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { BakenError, errorMessage } from '../../core/errors';
import { ROLES, isRole, type Role } from '../../core/roles';
import { CliClient } from './client';
import { sqliteErrorCode } from '../../db/sqlite-errors';
import { CliError, EXIT, exitFor } from './errors';
import { type Out, print } from './output';
import { readNewPassphrase, readPassphrase } from './secrets';
import { registerIntakeCommands } from './commands-intake';
import { registerBundleCommands } from './commands-bundle';
import { registerCaseCommands } from './commands-cases';
import { registerBriefCommands } from './commands-briefs';
import { registerBackupCommands } from './commands-backup';
import { registerRetentionCommands } from './commands-retention';
import { registerVaultCheckCommand } from './commands-vault-check';
import { registerKeyCommands } from './commands-keys';

type GlobalOpts = { vault?: string; user?: string; json?: boolean; passphraseFile?: string };

function vaultDir(opts: GlobalOpts, env: NodeJS.ProcessEnv): string {
  const dir = opts.vault ?? env.BAKEN_VAULT;
  if (!dir) throw new CliError('usage', 'no vault: set BAKEN_VAULT or use --vault DIR');
  return resolve(dir);
}

function userName(opts: GlobalOpts, env: NodeJS.ProcessEnv): string {
  const user = opts.user ?? env.BAKEN_USER;
  if (!user) throw new CliError('usage', 'no user: set BAKEN_USER or use --user NAME');
  return user;
}

function parseRoles(raw: string): Role[] {
  const roles = raw.split(',').map((r) => r.trim()).filter((r) => r.length > 0);
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length > 0 || roles.length === 0) {
    throw new CliError('usage', `unknown role: ${bad.join(', ') || '(none)'}; roles are ${ROLES.join(', ')}`);
  }
  return roles.filter(isRole);
}

/** Runs one authenticated command: unlock as --user, do the work, lock again. */
async function withSession<T>(program: Command, env: NodeJS.ProcessEnv, work: (client: CliClient) => Promise<T>): Promise<T> {
  const opts = program.opts<GlobalOpts>();
  const client = new CliClient(vaultDir(opts, env));
  await client.unlock(userName(opts, env), readPassphrase(opts, env));
  try {
    return await work(client);
  } finally {
    client.close();
  }
}

export function buildProgram(out: Out, env: NodeJS.ProcessEnv, setExit: (code: number) => void): Command {
  const program = new Command('baken')
    .description('Baken, the Vertrouwenslijn staff workstation: command line')
    .option('--vault <dir>', 'vault directory (default: $BAKEN_VAULT)')
    .option('--user <name>', 'user name (default: $BAKEN_USER)')
    .option('--json', 'print machine-readable JSON')
    .option('--passphrase-file <file>', 'read the passphrase from this file (default: $BAKEN_PASSPHRASE)')
    .showHelpAfterError()
    .configureOutput({ writeOut: out.stdout, writeErr: out.stderr })
    .exitOverride();

  program.hook('preAction', () => {
    out.json = program.opts<GlobalOpts>().json === true;
  });

  const vault = program.command('vault').description('create a vault, read its recipients, manage its keys');
  vault
    .command('init')
    .description('create a vault; prints the workstation recipients')
    .requiredOption('--admin <name>', 'user name of the first admin')
    .option('--display-name <name>', 'the admin’s full name (default: the user name)')
    .action(async (o: { admin: string; displayName?: string }) => {
      const opts = program.opts<GlobalOpts>();
      const passphrase = readPassphrase(opts, env);
      const client = new CliClient(vaultDir(opts, env));
      const created = await client.call('vault.create', {
        username: o.admin,
        displayName: o.displayName ?? o.admin,
        passphrase,
        passphraseRepeat: passphrase,
      });
      client.close();
      print(out, created.recipients, () =>
        [`vault created; admin ${created.session.username}`, `x25519: ${created.recipients.x25519}`, `pq:     ${created.recipients.pq}`].join('\n'),
      );
    });
  vault
    .command('recipients')
    .description('print the workstation recipients: {"x25519": "age1…", "pq": "age1pq1…"}')
    .action(async () => {
      const r = await withSession(program, env, (c) => c.call('vault.recipients', {}));
      print(out, r, () => `x25519: ${r.x25519}\npq:     ${r.pq}`);
    });

  registerKeyCommands(vault, out, (work) => withSession(program, env, work), () => readPassphrase(program.opts<GlobalOpts>(), env));

  registerVaultCheckCommand(
    vault,
    out,
    () => {
      const opts = program.opts<GlobalOpts>();
      return { vaultDir: vaultDir(opts, env), username: userName(opts, env), passphrase: readPassphrase(opts, env) };
    },
    setExit,
  );

  const user = program.command('user').description('user accounts (admin)');
  user
    .command('add')
    .description('add a user; the new passphrase comes from --new-passphrase-file')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <roles>', `comma-separated: ${ROLES.join(', ')}`).makeOptionMandatory())
    .option('--display-name <name>', 'full name (default: the user name)')
    .option('--new-passphrase-file <file>', 'file holding the new user’s first passphrase')
    .action(async (name: string, o: { role: string; displayName?: string; newPassphraseFile?: string }) => {
      const roles = parseRoles(o.role);
      const next = readNewPassphrase(o.newPassphraseFile);
      const created = await withSession(program, env, (c) =>
        c.call('users.create', { username: name, displayName: o.displayName ?? name, roles, passphrase: next, passphraseRepeat: next }),
      );
      print(out, created, () => `user ${created.username} added (${created.roles.join(', ')}); they choose a new passphrase at first unlock`);
    });
  user
    .command('list')
    .description('list users')
    .action(async () => {
      const users = await withSession(program, env, (c) => c.call('users.list', {}));
      print(out, users, () =>
        users.map((u) => `${u.username}\t${u.roles.join(',')}\t${u.active ? 'active' : 'inactive'}\t${u.displayName}`).join('\n'),
      );
    });
  user
    .command('passwd')
    .description('change your own passphrase to the one in --new-passphrase-file')
    .option('--new-passphrase-file <file>', 'file holding the new passphrase')
    .action(async (o: { newPassphraseFile?: string }) => {
      const opts = program.opts<GlobalOpts>();
      const next = readNewPassphrase(o.newPassphraseFile);
      const current = readPassphrase(opts, env);
      await withSession(program, env, (c) => c.call('session.changePassphrase', { current, next, nextRepeat: next }));
      print(out, { changed: true }, () => 'passphrase changed');
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the whole chain; exit 1 and the first bad entry if broken')
    .action(async () => {
      const result = await withSession(program, env, (c) => c.call('audit.verify', {}));
      print(out, result, () =>
        result.ok
          ? `audit chain intact: ${result.entries} entries` +
            (result.verifiedFrom ? ` from entry ${result.verifiedFrom.seq} (earlier entries removed by retention on ${result.verifiedFrom.removedAt.slice(0, 10)})` : '')
          : `audit chain BROKEN at entry ${result.firstBad?.seq} (${result.firstBad?.reason}); ${result.entries} entries verified before it`,
      );
      if (!result.ok) setExit(EXIT.failure);
    });

  registerIntakeCommands(program, out, (work) => withSession(program, env, work), setExit);
  registerBundleCommands(program, out);
  registerCaseCommands(program, out, (work) => withSession(program, env, work));
  registerBriefCommands(program, out, (work) => withSession(program, env, work));
  registerRetentionCommands(program, out, (work) => withSession(program, env, work));
  registerBackupCommands(
    program,
    out,
    (work) => withSession(program, env, work),
    () => {
      const opts = program.opts<GlobalOpts>();
      return { vaultDir: vaultDir(opts, env), username: userName(opts, env), passphrase: readPassphrase(opts, env) };
    },
  );
  return program;
}

export async function main(
  argv: string[],
  io: { env?: NodeJS.ProcessEnv; stdout?: (s: string) => void; stderr?: (s: string) => void } = {},
): Promise<number> {
  const env = io.env ?? process.env;
  const out: Out = {
    json: argv.includes('--json'),
    stdout: io.stdout ?? ((s) => void process.stdout.write(s)),
    stderr: io.stderr ?? ((s) => void process.stderr.write(s)),
  };
  let exit: number = EXIT.ok;
  const program = buildProgram(out, env, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    return report(out, error);
  }
}

function report(out: Out, error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; everything else commander rejects is a usage error.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' ? EXIT.ok : EXIT.usage;
  }
  let code: string;
  let message: string;
  let exit: number;
  if (error instanceof BakenError) {
    code = error.code;
    message = error.message;
    exit = exitFor(error.code);
  } else if (sqliteErrorCode(error)) {
    // Outside the dispatcher (vault check, backup restore): a damaged or busy database in words.
    const known = sqliteErrorCode(error) ?? 'internal';
    code = known;
    message = errorMessage(known);
    exit = EXIT.failure;
  } else if (error instanceof CliError) {
    code = error.kind === 'usage' ? 'usage' : error.kind === 'auth' ? 'not-authenticated' : 'failure';
    message = error.message;
    exit = error.kind === 'failure' ? EXIT.failure : EXIT.usage;
  } else {
    code = 'internal';
    message = errorMessage('internal');
    exit = EXIT.failure;
  }
  out.stderr(out.json ? `${JSON.stringify({ error: { code, message } })}\n` : `baken: ${code}: ${message}\n`);
  return exit;
}
