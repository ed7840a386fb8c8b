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

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result: Awaited<ReturnType<BakenBridge['invoke']>>;
  try {
    result = await bridge().invoke(channel, input);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('internal', 'the bridge failed');
  }
  if (result.ok) return result.value as ChannelOutput<C>;
  const code: ErrorCode = isErrorCode(result.error.code) ? result.error.code : 'internal';
  if (code === 'not-authenticated') for (const listener of sessionLostListeners) listener();
  throw new ApiError(code, result.error.message);
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
