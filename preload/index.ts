// Placeholder; replaced by the real bridge.
export {};
