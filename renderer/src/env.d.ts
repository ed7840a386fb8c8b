// The global the renderer relies on: the bridge preload (or the e2e harness) puts on window.
import type { BakenBridge } from '../../core/ipc/bridge';

declare global {
  interface Window {
    readonly baken?: BakenBridge;
  }
}

export {};
