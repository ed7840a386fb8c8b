// The shape of window.baken, implemented by preload/ (Electron) and by the e2e harness.
import type { Result } from '../errors';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { EventName, EventPayloads } from './events';

export type BakenBridge = {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
