// electron-vite builds three targets into out/: main (Node, ESM), preload (sandboxed, CommonJS)
// and renderer (browser bundle, no inline script so the CSP can forbid it).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './core/csp';

/** Writes the one CSP (core/csp.ts) into index.html as the first element of <head>. Build only:
 * the dev server needs inline scripts (React refresh) and a websocket the policy forbids. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'baken-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies stay in node_modules (the native SQLite module must); Electron's API and
      // Node built-ins are external anyway.
      externalizeDeps: true,
      sourcemap: false,
      // electron-vite 6 reads rolldownOptions (it copies them over rollupOptions).
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'main/app/main.ts'),
          // The import worker (worker_threads), loaded as ./import-worker.js beside index.js
          // (main/import/run-import.ts).
          'import-worker': resolve(__dirname, 'main/import/import-worker.ts'),
          // Its bundle reader thread, loaded as ./bundle-reader-worker.js (main/import/bundle-prefetch.ts).
          'bundle-reader-worker': resolve(__dirname, 'main/import/bundle-reader-worker.ts'),
          // The attachment image decoder (worker_threads), loaded as ./attachment-image-worker.js.
          'attachment-image-worker': resolve(__dirname, 'main/attachments/image-worker.ts'),
        },
        // Shared chunks beside the entries, so every file's import.meta.url is in out/main/.
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file whose
      // only require() is 'electron'.
      externalizeDeps: false,
      isolatedEntries: true,
      sourcemap: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      // A production build (React's production bundle), minified: electron-vite leaves renderer
      // minification off by default.
      minify: true,
      // The module-preload polyfill is an inline script; the CSP allows none.
      modulePreload: { polyfill: false },
      // Never inline assets as data: URLs or styles into the HTML.
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      // electron-vite 6 reads rolldownOptions (rollupOptions is overwritten by it).
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
