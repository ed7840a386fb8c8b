// The Electron shell's security decisions as pure functions (no 'electron' import), so every rule
// is unit-tested: which URLs may load, be navigated to or be requested, how an app:// URL maps to
// a file inside the renderer folder, what a served file's headers are, and the startup options.
// main/app/ only wires these into Electron's hooks.
import nodePath from 'node:path';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../core/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

/** What the shell trusts in this run. */
export type ShellMode = {
  /** The origin the renderer is served from: always app://baken in a packaged app. */
  appOrigin: string;
  /** The electron-vite dev server (http://localhost:PORT), only in an unpackaged run; else null. */
  devServerOrigin: string | null;
  /** DevTools may open (and devtools:// may load) only in an unpackaged run. */
  devTools: boolean;
};

export function shellMode(options: { isPackaged: boolean; rendererUrlEnv: string | undefined }): ShellMode {
  const devServerOrigin = devServerOriginFrom(options.rendererUrlEnv, options.isPackaged);
  return { appOrigin: APP_ORIGIN, devServerOrigin, devTools: !options.isPackaged };
}

/** The origin the dispatcher must answer: the dev server in development, app://baken otherwise. */
export function trustedOrigin(mode: ShellMode): string {
  return mode.devServerOrigin ?? mode.appOrigin;
}

/** Where the window loads its page from. */
export function entryUrl(mode: ShellMode): string {
  return mode.devServerOrigin ? `${mode.devServerOrigin}/` : `${mode.appOrigin}/index.html`;
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server origin from ELECTRON_RENDERER_URL (set by `electron-vite dev`), honoured only in an
 * unpackaged run and only as plain http on a loopback host with an explicit port and no
 * credentials or path. Anything else is ignored, so a packaged app never loads anything but app://.
 */
export function devServerOriginFrom(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:') return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.username || url.password || !url.port) return null;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return `${url.protocol}//${url.host}`;
}

function parse(raw: string): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True for app://baken/… exactly: the scheme, the host in lower case, no port, no credentials.
 * (Node's URL leaves a non-special scheme's host as written; Chromium lower-cases it for a
 * standard scheme, so a real request always arrives as "baken".)
 */
export function isAppUrl(raw: string, appOrigin: string = APP_ORIGIN): boolean {
  const url = parse(raw);
  if (!url) return false;
  return (
    `${url.protocol}//${url.host}` === appOrigin &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

function isDevServerUrl(url: URL, devServerOrigin: string | null, protocols: readonly string[]): boolean {
  if (!devServerOrigin) return false;
  const dev = new URL(devServerOrigin);
  return protocols.includes(url.protocol) && url.host === dev.host && !url.username && !url.password;
}

/** May a frame (main or sub) of the app navigate to this URL? Only the app itself. */
export function isNavigationAllowed(raw: string, mode: ShellMode): boolean {
  if (isAppUrl(raw, mode.appOrigin)) return true;
  const url = parse(raw);
  if (!url) return false;
  if (isDevServerUrl(url, mode.devServerOrigin, ['http:'])) return true;
  return mode.devTools && url.protocol === 'devtools:';
}

/** Electron's webRequest resource types that load a document. */
const FRAME_TYPES: ReadonlySet<string> = new Set(['mainFrame', 'subFrame']);

/**
 * May the session let this request through? Everything is cancelled except: the app's own
 * app://baken resources; data: and blob: sub-resources (images; never a document), which cannot
 * reach the network; devtools:// when DevTools are allowed; and in an unpackaged run the dev
 * server's http and its HMR websocket. No http(s), ws(s), file:, ftp:, chrome: or other scheme.
 */
export function isRequestAllowed(raw: string, resourceType: string, mode: ShellMode): boolean {
  if (isAppUrl(raw, mode.appOrigin)) return true;
  const url = parse(raw);
  if (!url) return false;
  if ((url.protocol === 'data:' || url.protocol === 'blob:') && !FRAME_TYPES.has(resourceType)) return true;
  if (url.protocol === 'devtools:') return mode.devTools;
  return isDevServerUrl(url, mode.devServerOrigin, ['http:', 'ws:']);
}

/** A dictionary download URL that can never resolve (RFC 2606) and that the guard cancels. */
/**
 * The one permission the app page gets: writing (sanitised) text to the clipboard, so the copy
 * buttons for the public workstation recipients work. Reading the clipboard, and everything else,
 * stays denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, mode: ShellMode): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, trustedOrigin(mode));
}

export const UNREACHABLE_DICTIONARY_URL = 'https://spellcheck.invalid/';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** One decoded path segment that may name a file or folder inside the renderer root. */
function isSafeSegment(segment: string): boolean {
  if (segment.length === 0 || segment.length > 255) return false;
  // No dot files, "." or "..", and nothing Windows would trim into something else ("x." / "x ").
  if (segment.startsWith('.') || segment.endsWith('.') || segment.endsWith(' ')) return false;
  // No separators of either platform, drive or stream colons, control characters, and no "%"
  // left after decoding (a double-encoded name is never one of the renderer's files).
  if (/[/\\:%]/.test(segment)) return false;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  if (WINDOWS_DEVICE_NAME.test(segment)) return false;
  return true;
}

/**
 * The file an app:// URL names inside `root`, or null when it must not be served: another scheme,
 * host, port or credentials; a traversal ("..", "%2e%2e", an encoded "/" or "\\", a backslash);
 * an absolute or drive path; a dot file; a malformed escape; or a result outside root.
 * "/" means index.html. The query and fragment are ignored.
 */
export function resolveAppPath(
  root: string,
  rawUrl: string,
  appOrigin: string = APP_ORIGIN,
  pathApi: PathApi = nodePath,
): string | null {
  if (!isAppUrl(rawUrl, appOrigin)) return null;
  // Node's parser keeps a non-special scheme's raw path (after dot-segment removal); work on the
  // raw text between the host and the query so nothing is normalised before it is checked.
  const afterHost = rawUrl.slice(rawUrl.indexOf('//') + 2);
  const slash = afterHost.indexOf('/');
  if (slash < 0) return null;
  const rawPath = afterHost.slice(slash).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return null;
  const encoded = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (!isSafeSegment(decoded)) return null;
    segments.push(decoded);
  }
  if (segments.length === 0 || segments.length > 32) return null;
  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, ...segments);
  const relative = pathApi.relative(base, target);
  if (!relative || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return target;
}

/** True when `child` is `parent` or inside it (both already resolved, e.g. real paths). */
export function isInside(parent: string, child: string, pathApi: PathApi = nodePath): boolean {
  const relative = pathApi.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !pathApi.isAbsolute(relative));
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type for a renderer file, or null for a type the app never serves. */
export function contentTypeFor(filePath: string): string | null {
  const dot = filePath.lastIndexOf('.');
  const sep = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  if (dot <= sep + 1) return null;
  return CONTENT_TYPES[filePath.slice(dot).toLowerCase()] ?? null;
}

/** Headers on every app:// response: the app CSP, no sniffing, no caching, no framing, no referrer. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Where removable media are mounted, most likely first; the caller keeps those that exist. */
export function removableMediaRoots(platform: NodeJS.Platform, username: string | undefined): string[] {
  switch (platform) {
    case 'linux': {
      // A user name with a separator or ".." would point elsewhere: then only the shared roots.
      const user = username && /^[A-Za-z0-9._-]+$/.test(username) && !/^\.+$/.test(username) ? username : null;
      return user ? [`/media/${user}`, `/run/media/${user}`, '/media'] : ['/media'];
    }
    case 'darwin':
      return ['/Volumes'];
    default:
      return [];
  }
}

export type ShellArgs = { demo: boolean };

/** The app's own command-line switches (Chromium's are left to Chromium). */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  return { demo: argv.includes('--demo') };
}

/** $BAKEN_VAULT (made absolute) when set, otherwise <userData>/vault. */
export function vaultDirFrom(envValue: string | undefined, userData: string, pathApi: PathApi = nodePath): string {
  const fromEnv = envValue?.trim();
  return fromEnv ? pathApi.resolve(fromEnv) : pathApi.resolve(userData, 'vault');
}
