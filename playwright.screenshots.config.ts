// `npm run screenshots`: renders the main pages of a demo vault in headless Chromium through the
// e2e harness (real dispatcher) and writes PNGs to docs/screenshots/.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'test/screenshots',
  testMatch: '**/*.shot.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  use: { ...base.use, viewport: { width: 1280, height: 860 } },
});
