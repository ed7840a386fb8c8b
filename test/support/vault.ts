// Real vaults for tests: the real code, a cheaper KDF (the cost is a header parameter).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KdfParams } from '../../main/vault/header';
import type { Volume } from '../../main/media/volumes';
import { createDispatcher } from '../../main/ipc/dispatcher';
import { ManualClock } from '../../main/services/clock';
import type { EventName, EventPayloads } from '../../core/ipc/events';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../core/ipc/contract';

export const TEST_KDF: KdfParams = { alg: 'scrypt', logN: 14, r: 8, p: 1 };
export const ADMIN_PASS = 'correct horse battery staple';
export const APP = { url: 'app://baken/index.html', isMainFrame: true };

export type TestPlatform = { volumes?: Volume[]; folder?: string | null; bundleFiles?: string[] | null };

export function testDispatcher(root: string, platform: TestPlatform = {}) {
  const clock = new ManualClock();
  const events: { name: EventName; payload: EventPayloads[EventName] }[] = [];
  const exportDir = join(root, 'usb');
  const vaultDir = join(root, 'vault');
  mkdirSync(exportDir, { recursive: true });
  const dispatcher = createDispatcher(
    {
      vaultDir,
      clock,
      kdf: TEST_KDF,
      platform: {
        chooseExportDirectory: async () => exportDir,
        chooseFolder: async () => platform.folder ?? null,
        chooseBundleFiles: async () => platform.bundleFiles ?? null,
        detectVolumes: () => platform.volumes ?? [],
      },
      emit: (name, payload) => events.push({ name, payload }),
    },
    { appOrigin: 'app://baken' },
  );
  async function call(channel: string, input: unknown = {}) {
    return dispatcher.dispatch(APP, channel, input);
  }
  async function ok<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  }
  async function fail(channel: string, input: unknown = {}): Promise<string> {
    const r = await call(channel, input);
    if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return r.error.code;
  }
  return { dispatcher, clock, events, vaultDir, exportDir, call, ok, fail };
}
