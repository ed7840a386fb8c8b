// The CLI reaches services only through the same dispatcher as the GUI, as its own sender.
import { BakenError } from '../../core/errors';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../core/ipc/contract';
import { type Dispatcher, type DispatcherOptions, createDispatcher } from '../ipc/dispatcher';
import { systemClock } from '../services/clock';
import type { ServiceContext } from '../services/context';

const CLI_ORIGIN = 'cli://local';

export class CliClient {
  private readonly dispatcher: Dispatcher;

  constructor(vaultDir: string, overrides: Partial<ServiceContext> = {}, options: Pick<DispatcherOptions, 'importRunner'> = {}) {
    const ctx: ServiceContext = {
      vaultDir,
      clock: systemClock,
      // The CLI writes exports where it is told with --out; there is no dialog.
      platform: {
        chooseExportDirectory: async () => null,
        chooseFolder: async () => null,
        chooseBundleFiles: async () => null,
        detectVolumes: () => [],
      },
      emit: () => undefined,
      ...overrides,
    };
    this.dispatcher = createDispatcher(ctx, { ...options, appOrigin: CLI_ORIGIN, frontend: 'cli' });
  }

  async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await this.dispatcher.dispatch({ url: `${CLI_ORIGIN}/`, isMainFrame: true }, channel, input);
    if (!result.ok) throw new BakenError(result.error.code, result.error.message);
    return result.value as ChannelOutput<C>;
  }

  async unlock(username: string, passphrase: string): Promise<void> {
    await this.call('session.unlock', { username, passphrase });
  }

  close(): void {
    this.dispatcher.sessions.lock('manual');
  }
}
