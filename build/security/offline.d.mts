// Types for offline.mjs, so the TypeScript unit tests can import it strictly.
import type { createRequire } from 'node:module';

export function installNetworkTripwire(): { attempts: string[]; restore: () => void };
export function stubModule(require: ReturnType<typeof createRequire>, specifier: string, fromDir: string, exports: unknown): string;
