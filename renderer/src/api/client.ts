// The typed client over window.baken: call(channel, input) returns the channel's value or throws
// an ApiError carrying a stable error code (core/errors.ts). The UI translates codes, never messages.
import { type ErrorCode, isErrorCode } from '../../../core/errors';
import type { BakenBridge } from '../../../core/ipc/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../core/ipc/contract';
import type { EventName, EventPayloads } from '../../../core/ipc/events';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function bridge(): BakenBridge {
  const b = window.baken;
  if (!b) throw new ApiError('internal', 'window.baken is missing');
  return b;
}

const sessionLostListeners = new Set<() => void>();

/** Called when main answers 'not-authenticated': the session ended without us hearing of it. */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

async function invoke(channel: string, input: unknown): Promise<unknown> {
  let result: Awaited<ReturnType<BakenBridge['invoke']>>;
  try {
    // The bridge is typed by the contract; calls by name alone (callPending) go through it too.
    result = await (bridge().invoke as (c: string, i: unknown) => ReturnType<BakenBridge['invoke']>)(channel, input);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('internal', 'the bridge failed');
  }
  if (result.ok) return result.value;
  const code: ErrorCode = isErrorCode(result.error.code) ? result.error.code : 'internal';
  if (code === 'not-authenticated') for (const listener of sessionLostListeners) listener();
  throw new ApiError(code, result.error.message);
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return (await invoke(channel, input)) as ChannelOutput<C>;
}

/**
 * A channel that main is getting but core/ipc/contract.ts does not list yet: untyped, so the
 * caller checks the answer's shape. Main answers 'unknown-channel' until it has the channel.
 * Use call() as soon as the channel is in the contract.
 */
export async function callPending(channel: string, input: unknown): Promise<unknown> {
  return await invoke(channel, input);
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  const b = window.baken;
  if (!b) return () => undefined;
  return b.on(event, listener);
}

/** The error code of anything a call threw. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'internal';
}
