// app://baken/… serves the built renderer (out/renderer) and nothing else: one folder, GET only,
// known file types only, with the app's CSP and no-sniff headers on every response.
import fs from 'node:fs';
import { join } from 'node:path';
import { app, protocol, type Session } from 'electron';
import { APP_SCHEME } from '../../core/app-origin';
import { contentTypeFor, isInside, resolveAppPath, responseHeaders } from '../security/shell-policy';
import { logError } from '../log';

/** Must run before the app is ready, once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // An origin of its own (app://baken) for relative URLs, storage and same-origin modules.
        standard: true,
        // A secure context, like https.
        secure: true,
        // Not readable cross-origin, not exempt from the CSP, no fetch(), no service workers.
        corsEnabled: false,
        bypassCSP: false,
        supportFetchAPI: false,
        allowServiceWorkers: false,
        stream: false,
        codeCache: false,
      },
    },
  ]);
}

/** The folder the renderer is built into: out/renderer inside the app (the asar when packaged). */
export function rendererRoot(): string {
  return join(app.getAppPath(), 'out', 'renderer');
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  let realRoot: string | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = resolveAppPath(root, request.url);
    const contentType = file ? contentTypeFor(file) : null;
    if (!file || !contentType) return plain(404, 'not found');
    try {
      // Follow links, then check again that the real file is still inside the real root.
      realRoot ??= fs.realpathSync(root);
      const real = fs.realpathSync(file);
      if (!isInside(realRoot, real)) return plain(404, 'not found');
      const stat = await fs.promises.stat(real);
      if (!stat.isFile()) return plain(404, 'not found');
      const body = request.method === 'HEAD' ? null : await fs.promises.readFile(real);
      return new Response(body, { status: 200, headers: responseHeaders(contentType) });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return plain(404, 'not found');
      logError('app:// request failed', error);
      return plain(500, 'error');
    }
  };
}

/** Serves app:// in this session only (the window's in-memory session). */
export function handleAppScheme(ses: Session, root: string = rendererRoot()): void {
  ses.protocol.handle(APP_SCHEME, createAppHandler(root));
}
