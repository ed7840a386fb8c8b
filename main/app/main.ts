// Placeholder; replaced by the real shell.
export {};
