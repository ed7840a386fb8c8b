// The Electron shell's security decisions (main/security/shell-policy.ts) and the app:// file
// handler built on them (main/app/protocol.ts, with 'electron' stubbed: it is not launched here).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import {
  contentTypeFor,
  devServerOriginFrom,
  entryUrl,
  isAppUrl,
  isInside,
  isNavigationAllowed,
  isPermissionAllowed,
  isRequestAllowed,
  parseShellArgs,
  removableMediaRoots,
  resolveAppPath,
  responseHeaders,
  type ShellMode,
  shellMode,
  trustedOrigin,
  UNREACHABLE_DICTIONARY_URL,
  vaultDirFrom,
} from '../../main/security/shell-policy';

// A stand-in for the parts of Electron the shell uses, recording what the shell does with them.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, fn: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: Listener) {
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
    }
  }
  const log: string[] = [];
  let ready = false;
  let readyResolve: () => void = () => {};
  const whenReadyPromise = new Promise<void>((resolve) => {
    readyResolve = resolve;
  });
  class FakeSession extends Emitter {
    onBeforeRequest: Listener | null = null;
    permissionRequest: Listener | null = null;
    permissionCheck: Listener | null = null;
    deviceCheck: Listener | null = null;
    spellcheck: boolean | null = null;
    dictionaryUrl: string | null = null;
    handlers = new Map<string, Listener>();
    constructor(readonly name: string) {
      super();
    }
    webRequest = { onBeforeRequest: (fn: Listener) => void (this.onBeforeRequest = fn) };
    protocol = { handle: (scheme: string, fn: Listener) => void this.handlers.set(scheme, fn) };
    setPermissionRequestHandler(fn: Listener) {
      this.permissionRequest = fn;
    }
    setPermissionCheckHandler(fn: Listener) {
      this.permissionCheck = fn;
    }
    setDevicePermissionHandler(fn: Listener) {
      this.deviceCheck = fn;
    }
    setDisplayMediaRequestHandler() {}
    setSpellCheckerEnabled(on: boolean) {
      this.spellcheck = on;
    }
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.dictionaryUrl = url;
    }
    setSpellCheckerLanguages() {}
  }
  const sessions = new Map<string, FakeSession>();
  const defaultSession = new FakeSession('default');
  class FakeContents extends Emitter {
    sent: unknown[][] = [];
    windowOpen: Listener | null = null;
    url = '';
    mainFrame = { processId: 7, frameToken: 'top', parent: null, detached: false, url: '' };
    setWindowOpenHandler(fn: Listener) {
      this.windowOpen = fn;
    }
    async loadURL(url: string) {
      this.url = url;
      this.mainFrame.url = url;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isDestroyed() {
      return false;
    }
    reload() {}
  }
  const windows: FakeWindow[] = [];
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    contentProtection = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    setContentProtection(on: boolean) {
      this.contentProtection = on;
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isVisible() {
      return true;
    }
    restore() {}
    show() {}
    focus() {}
  }
  const paths = new Map<string, string>([['appData', '/tmp/baken-fake-appdata']]);
  const state = { appPath: '/nonexistent' };
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    commandLine: { appendSwitch: (name: string, value?: string) => log.push(`switch ${name}${value ? `=${value}` : ''}`) },
    setName: () => log.push('setName'),
    setPath: (name: string, value: string) => {
      log.push(`setPath ${name}`);
      paths.set(name, value);
    },
    getPath: (name: string) => paths.get(name) ?? `/tmp/baken-fake-${name}`,
    getAppPath: () => state.appPath,
    setAppUserModelId: () => {},
    enableSandbox: () => log.push('enableSandbox'),
    disableHardwareAcceleration: () => log.push('disableHardwareAcceleration'),
    requestSingleInstanceLock: () => {
      log.push('requestSingleInstanceLock');
      return true;
    },
    whenReady: () => whenReadyPromise,
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit ${code}`),
  });
  const ipcHandlers = new Map<string, Listener>();
  return {
    log,
    app,
    state,
    windows,
    sessions,
    defaultSession,
    ipcHandlers,
    powerMonitor: new Emitter(),
    schemes: [] as unknown[],
    makeReady() {
      ready = true;
      readyResolve();
    },
    electron: {
      app,
      BrowserWindow: FakeWindow,
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => log.push('setApplicationMenu') },
      dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
      ipcMain: {
        handle: (channel: string, fn: Listener) => ipcHandlers.set(channel, fn),
        removeHandler: (channel: string) => ipcHandlers.delete(channel),
      },
      powerMonitor: undefined as unknown,
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          log.push(ready ? 'registerSchemesAsPrivileged AFTER READY' : 'registerSchemesAsPrivileged');
          fake.schemes.push(...schemes);
        },
      },
      session: {
        defaultSession,
        fromPartition: (name: string, options: unknown) => {
          log.push(`fromPartition ${name} ${JSON.stringify(options)}`);
          const created = sessions.get(name) ?? new FakeSession(name);
          sessions.set(name, created);
          return created;
        },
      },
    },
  };
});
fake.electron.powerMonitor = fake.powerMonitor;
vi.mock('electron', () => fake.electron);

const packaged: ShellMode = shellMode({ isPackaged: true, rendererUrlEnv: 'http://localhost:5173' });
const dev: ShellMode = shellMode({ isPackaged: false, rendererUrlEnv: 'http://localhost:5173' });
const unpackagedBuilt: ShellMode = shellMode({ isPackaged: false, rendererUrlEnv: undefined });

describe('shell mode', () => {
  it('a packaged app ignores ELECTRON_RENDERER_URL and has no DevTools', () => {
    expect(packaged).toEqual({ appOrigin: 'app://baken', devServerOrigin: null, devTools: false });
    expect(trustedOrigin(packaged)).toBe('app://baken');
    expect(entryUrl(packaged)).toBe('app://baken/index.html');
  });

  it('an unpackaged run may use the dev server and DevTools', () => {
    expect(dev).toEqual({ appOrigin: 'app://baken', devServerOrigin: 'http://localhost:5173', devTools: true });
    expect(trustedOrigin(dev)).toBe('http://localhost:5173');
    expect(entryUrl(dev)).toBe('http://localhost:5173/');
    expect(entryUrl(unpackagedBuilt)).toBe('app://baken/index.html');
    expect(trustedOrigin(unpackagedBuilt)).toBe('app://baken');
  });
});

describe('devServerOriginFrom', () => {
  it('accepts plain http on a loopback host with a port', () => {
    expect(devServerOriginFrom('http://localhost:5173', false)).toBe('http://localhost:5173');
    expect(devServerOriginFrom('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOriginFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOriginFrom('http://[::1]:5173', false)).toBe('http://[::1]:5173');
  });

  it('refuses everything in a packaged app', () => {
    expect(devServerOriginFrom('http://localhost:5173', true)).toBeNull();
  });

  it('refuses remote hosts, other schemes, credentials, paths and junk', () => {
    for (const value of [
      undefined,
      '',
      'not a url',
      'https://localhost:5173',
      'http://example.org:5173',
      'http://localhost.example.org:5173',
      'http://10.0.0.5:5173',
      'http://0.0.0.0:5173',
      'http://localhost',
      'http://user:pw@localhost:5173',
      'http://localhost:5173/other/',
      'http://localhost:5173/?x=1',
      'file:///tmp/index.html',
      'ws://localhost:5173',
      'app://baken',
    ]) {
      expect(devServerOriginFrom(value, false), String(value)).toBeNull();
    }
  });
});

describe('isAppUrl', () => {
  it('is app://baken and nothing like it', () => {
    expect(isAppUrl('app://baken/index.html')).toBe(true);
    expect(isAppUrl('app://baken/')).toBe(true);
    expect(isAppUrl('app://baken/assets/a.js?x#y')).toBe(true);
    for (const url of [
      'app://other/index.html',
      'app://baken.evil/index.html',
      'app://baken:8080/index.html',
      'app://user@baken/index.html',
      'app://baken@evil/index.html',
      'app:///index.html',
      'app:/baken/index.html',
      'app:baken/index.html',
      'app://BAKEN/index.html',
      'apps://baken/index.html',
      'http://baken/index.html',
      'file:///baken/index.html',
      '',
      'app://',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('navigation', () => {
  it('allows only the app itself when packaged', () => {
    expect(isNavigationAllowed('app://baken/index.html', packaged)).toBe(true);
    expect(isNavigationAllowed('app://baken/index.html#/cases', packaged)).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'file:///C:/Windows/win.ini',
      'data:text/html,<script>alert(1)</script>',
      'blob:app://baken/1234',
      'javascript:alert(1)',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome://settings',
      'chrome-extension://abc/x.html',
      'ws://localhost:5173/',
      'mailto:a@b.nl',
      'app://other/index.html',
      'not a url',
    ]) {
      expect(isNavigationAllowed(url, packaged), url).toBe(false);
    }
  });

  it('allows the dev server and DevTools only in an unpackaged run', () => {
    expect(isNavigationAllowed('http://localhost:5173/', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isNavigationAllowed('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isNavigationAllowed('https://localhost:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('http://user@localhost:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('ws://localhost:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('https://example.org/', dev)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/', unpackagedBuilt)).toBe(false);
  });
});

describe('requests', () => {
  it('lets the app load its own resources', () => {
    for (const type of ['mainFrame', 'script', 'stylesheet', 'image', 'font', 'xhr', 'other']) {
      expect(isRequestAllowed('app://baken/assets/index.js', type, packaged), type).toBe(true);
    }
  });

  it('allows data: and blob: images but never as a document', () => {
    expect(isRequestAllowed('data:image/png;base64,AAAA', 'image', packaged)).toBe(true);
    expect(isRequestAllowed('blob:app://baken/5b1c', 'image', packaged)).toBe(true);
    expect(isRequestAllowed('data:text/html,hi', 'mainFrame', packaged)).toBe(false);
    expect(isRequestAllowed('data:text/html,hi', 'subFrame', packaged)).toBe(false);
    expect(isRequestAllowed('blob:app://baken/5b1c', 'mainFrame', packaged)).toBe(false);
  });

  it('cancels every network scheme, file: and other origins', () => {
    for (const url of [
      'http://example.org/',
      'https://example.org/x.js',
      'http://localhost:5173/src/main.tsx',
      'http://127.0.0.1:9/',
      'ws://localhost:5173/',
      'wss://example.org/',
      'ftp://example.org/x',
      'file:///etc/passwd',
      'file://server/share/x',
      'chrome://gpu',
      'chrome-extension://abc/x.js',
      'devtools://devtools/bundled/inspector.html',
      'app://other/x.js',
      'app://baken:1/x.js',
      UNREACHABLE_DICTIONARY_URL,
      `${UNREACHABLE_DICTIONARY_URL}nl-NL-3-0.bdic`,
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      '',
      'garbage',
    ]) {
      for (const type of ['mainFrame', 'subFrame', 'script', 'xhr', 'image', 'webSocket', 'other']) {
        expect(isRequestAllowed(url, type, packaged), `${url} ${type}`).toBe(false);
      }
    }
  });

  it('the dev server (http + HMR websocket) and DevTools only in an unpackaged run', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', 'script', dev)).toBe(true);
    expect(isRequestAllowed('http://localhost:5173/', 'mainFrame', dev)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/?token=abc', 'webSocket', dev)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.js', 'script', dev)).toBe(true);
    expect(isRequestAllowed('wss://localhost:5173/', 'webSocket', dev)).toBe(false);
    expect(isRequestAllowed('http://localhost:5174/', 'script', dev)).toBe(false);
    expect(isRequestAllowed('http://localhost:5173.evil.org/', 'script', dev)).toBe(false);
    expect(isRequestAllowed('https://example.org/', 'script', dev)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', 'script', dev)).toBe(false);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.js', 'script', unpackagedBuilt)).toBe(true);
    expect(isRequestAllowed('http://localhost:5173/', 'script', unpackagedBuilt)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = '/srv/baken/out/renderer';

  it('maps app://baken paths inside the root', () => {
    expect(resolveAppPath(root, 'app://baken/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://baken/index.html')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://baken/assets/index-BS70.js')).toBe(`${root}/assets/index-BS70.js`);
    expect(resolveAppPath(root, 'app://baken/assets/index.js?v=1#x')).toBe(`${root}/assets/index.js`);
    expect(resolveAppPath(root, 'app://baken/fonts/R%C3%A9gular.woff2')).toBe(`${root}/fonts/Régular.woff2`);
    expect(resolveAppPath(root, 'app://baken/a%20b.png')).toBe(`${root}/a b.png`);
    expect(resolveAppPath('/srv/baken/out/renderer/', 'app://baken/index.html')).toBe(`${root}/index.html`);
  });

  it('refuses traversal in every spelling', () => {
    for (const url of [
      'app://baken/../../../etc/passwd',
      'app://baken/assets/../../secret',
      'app://baken/..',
      'app://baken/.',
      'app://baken/./index.html',
      'app://baken/%2e%2e/%2e%2e/etc/passwd',
      'app://baken/%2E%2E/etc/passwd',
      'app://baken/.%2e/etc/passwd',
      'app://baken/%2e./etc/passwd',
      'app://baken/assets%2F..%2F..%2Fsecret',
      'app://baken/assets%2f..%2f..%2fsecret',
      'app://baken/%2F..%2F..%2Fetc%2Fpasswd',
      'app://baken/%2fetc%2fpasswd',
      'app://baken/..%5C..%5Cwindows%5Cwin.ini',
      'app://baken/..\\..\\windows\\win.ini',
      'app://baken/assets\\..\\..\\x',
      'app://baken/%5c%5cserver%5cshare',
      'app://baken/%252e%252e/x',
      'app://baken/%c0%ae%c0%ae/etc/passwd',
      'app://baken/%C0%AF',
      'app://baken/%',
      'app://baken/%zz',
      'app://baken/index.html%00.png',
      'app://baken/a%0Ab',
      'app://baken//etc/passwd',
      'app://baken/assets//x.js',
      'app://baken/C:/Windows/win.ini',
      'app://baken/C%3A%5CWindows%5Cwin.ini',
      'app://baken/index.html::$DATA',
      'app://baken/.env',
      'app://baken/.git/config',
      'app://baken/index.html.',
      'app://baken/index.html%20',
      'app://baken/...',
      'app://baken/CON',
      'app://baken/nul.txt',
      'app://baken/assets/com1.js',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses other schemes, hosts and malformed URLs', () => {
    for (const url of [
      'file:///srv/baken/out/renderer/index.html',
      'http://baken/index.html',
      'https://baken/index.html',
      'data:text/html,x',
      'app://other/index.html',
      'app://baken:80/index.html',
      'app://u:p@baken/index.html',
      'app:///etc/passwd',
      'app:/etc/passwd',
      'app://baken',
      'app://baken?x',
      'not a url',
      '',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('holds on Windows paths too', () => {
    const winRoot = 'C:\\Program Files\\Baken\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath(winRoot, 'app://baken/assets/a.js', undefined, nodePath.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of [
      'app://baken/..%5C..%5Cx',
      'app://baken/D:%5Cx',
      'app://baken/D:',
      'app://baken/%5C%5C%3F%5CC:%5Cx',
      'app://baken/aux',
      'app://baken/x.js%20%20',
    ]) {
      expect(resolveAppPath(winRoot, url, undefined, nodePath.win32), url).toBeNull();
    }
  });

  it('never leaves the root, whatever the segments', () => {
    const alphabet = ['a', '.', '%2e', '%2f', '%5c', '/', '\\', '%', '..', 'b.js', '%00', ':'];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      let path = '';
      const length = 1 + (next() % 8);
      for (let j = 0; j < length; j++) path += alphabet[next() % alphabet.length];
      const result = resolveAppPath(root, `app://baken/${path}`);
      if (result !== null) {
        expect(isInside(root, result), path).toBe(true);
        expect(result.includes('..'), path).toBe(false);
      }
    }
  });
});

describe('isInside', () => {
  it('compares resolved paths', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/etc/passwd')).toBe(false);
    expect(isInside('C:\\a', 'D:\\a', nodePath.win32)).toBe(false);
  });
});

describe('content types and headers', () => {
  it('knows the renderer file types and nothing else', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-X.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-X.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/logo.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/a.png')).toBe('image/png');
    expect(contentTypeFor('/r/f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('C:\\r\\a.json')).toBe('application/json; charset=utf-8');
    for (const file of ['/r/a.exe', '/r/a.wasm', '/r/a', '/r/.html', '/r/dir.js/x', '/r/a.html.bak', '/r/a.htm']) {
      expect(contentTypeFor(file), file).toBeNull();
    }
  });

  it('sends the app CSP, nosniff and no caching on every response', () => {
    const headers = responseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});

describe('startup options', () => {
  it('finds removable media roots per platform', () => {
    expect(removableMediaRoots('linux', 'anna')).toEqual(['/media/anna', '/run/media/anna', '/media']);
    expect(removableMediaRoots('linux', '../etc')).toEqual(['/media']);
    expect(removableMediaRoots('linux', '..')).toEqual(['/media']);
    expect(removableMediaRoots('linux', 'a/b')).toEqual(['/media']);
    expect(removableMediaRoots('linux', undefined)).toEqual(['/media']);
    expect(removableMediaRoots('darwin', 'anna')).toEqual(['/Volumes']);
    expect(removableMediaRoots('win32', 'anna')).toEqual([]);
  });

  it('parses --demo', () => {
    expect(parseShellArgs(['/opt/Baken/baken', '--demo'])).toEqual({ demo: true });
    expect(parseShellArgs(['/opt/Baken/baken'])).toEqual({ demo: false });
    expect(parseShellArgs(['/opt/Baken/baken', '--demo=1'])).toEqual({ demo: false });
  });

  it('takes the vault from $BAKEN_VAULT or userData', () => {
    expect(vaultDirFrom(undefined, '/home/a/.config/Baken')).toBe('/home/a/.config/Baken/vault');
    expect(vaultDirFrom('  ', '/home/a/.config/Baken')).toBe('/home/a/.config/Baken/vault');
    expect(vaultDirFrom('/data/vault', '/home/a/.config/Baken')).toBe('/data/vault');
    expect(vaultDirFrom('rel/vault', '/x')).toBe(nodePath.resolve('rel/vault'));
  });
});

describe('app:// handler (main/app/protocol.ts)', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = mkdtempSync(nodePath.join(tmpdir(), 'baken-protocol-'));
    root = nodePath.join(base, 'renderer');
    mkdirSync(nodePath.join(root, 'assets'), { recursive: true });
    writeFileSync(nodePath.join(root, 'index.html'), '<!doctype html><title>Baken</title>');
    writeFileSync(nodePath.join(root, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(nodePath.join(root, 'assets', 'tool.exe'), 'MZ');
    writeFileSync(nodePath.join(base, 'secret.js'), 'secret');
    symlinkSync(nodePath.join(base, 'secret.js'), nodePath.join(root, 'assets', 'link.js'));
    const { createAppHandler } = await import('../../main/app/protocol');
    handler = createAppHandler(root);
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html with the CSP and nosniff', async () => {
    const res = await handler(new Request('app://baken/'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Baken</title>');
  });

  it('serves a script with its type', async () => {
    const res = await handler(new Request('app://baken/assets/index.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('refuses missing files, unknown types, folders, links out of the root and traversal', async () => {
    for (const url of [
      'app://baken/missing.js',
      'app://baken/assets/tool.exe',
      'app://baken/assets',
      'app://baken/assets/link.js',
      'app://baken/%2e%2e/secret.js',
      'app://baken/assets%2F..%2F..%2Fsecret.js',
      'app://other/index.html',
    ]) {
      const res = await handler(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('secret');
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await handler(new Request('app://baken/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://baken/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('Electron shell wiring (main/app/main.ts against a stand-in for Electron)', () => {
  let base: string;
  const appUrl = 'app://baken/index.html';

  beforeAll(async () => {
    base = mkdtempSync(nodePath.join(tmpdir(), 'baken-shell-'));
    mkdirSync(nodePath.join(base, 'out', 'renderer'), { recursive: true });
    writeFileSync(nodePath.join(base, 'out', 'renderer', 'index.html'), '<!doctype html><title>Baken shell</title>');
    fake.state.appPath = base;
    vi.stubEnv('BAKEN_VAULT', nodePath.join(base, 'vault'));
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('../../main/app/main');
    fake.makeReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  afterAll(() => {
    fake.app.emit('will-quit');
    vi.unstubAllEnvs();
    rmSync(base, { recursive: true, force: true });
  });

  const win = () => {
    const w = fake.windows[0];
    if (!w) throw new Error('no window');
    return w;
  };
  const appSession = () => {
    const s = fake.sessions.get('baken');
    if (!s) throw new Error('no app session');
    return s;
  };

  it('does the before-ready work before ready, with paths before the instance lock', () => {
    expect(fake.log.indexOf('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(fake.log.indexOf('setPath userData')).toBeLessThan(fake.log.indexOf('requestSingleInstanceLock'));
    expect(fake.log).toContain('enableSandbox');
    expect(fake.log).toContain('disableHardwareAcceleration');
    expect(fake.log).toContain('registerSchemesAsPrivileged');
    expect(fake.log).not.toContain('registerSchemesAsPrivileged AFTER READY');
    expect(fake.log.filter((entry) => entry.startsWith('exit') || entry === 'quit')).toEqual([]);
    expect(fake.schemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: false,
          corsEnabled: false,
          bypassCSP: false,
          allowServiceWorkers: false,
        }),
      },
    ]);
  });

  it('opens one locked-down window on app://baken in an in-memory session (a packaged app ignores the dev server)', () => {
    expect(fake.windows).toHaveLength(1);
    expect(fake.log).toContain('fromPartition baken {"cache":false}');
    const prefs = win().options.webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(prefs.session).toBe(appSession());
    expect(prefs.preload).toBe(nodePath.join(base, 'out', 'preload', 'index.cjs'));
    expect(win().webContents.url).toBe(appUrl);
    expect(win().contentProtection).toBe(true);
  });

  it('serves app:// only in the app session', async () => {
    expect(fake.defaultSession.handlers.size).toBe(0);
    const handler = appSession().handlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const res = (await handler(new Request(appUrl))) as Response;
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Baken shell');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('seals the default and the app session', async () => {
    for (const s of [fake.defaultSession, appSession()]) {
      const decide = (url: string, resourceType = 'script') => {
        let verdict: unknown;
        s.onBeforeRequest?.({ url, resourceType }, (r: unknown) => {
          verdict = r;
        });
        return verdict;
      };
      expect(decide('app://baken/assets/a.js')).toEqual({ cancel: false });
      expect(decide('https://example.org/')).toEqual({ cancel: true });
      expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
      expect(decide('file:///etc/passwd', 'mainFrame')).toEqual({ cancel: true });
      // Electron passes the web contents and details with the requesting URL.
      const ask = (permission: string, requestingUrl: string) => {
        let granted: unknown;
        s.permissionRequest?.({ getURL: () => requestingUrl }, permission, (g: boolean) => {
          granted = g;
        }, { requestingUrl });
        return granted;
      };
      expect(ask('media', 'app://baken/index.html')).toBe(false);
      expect(ask('clipboard-read', 'app://baken/index.html')).toBe(false);
      expect(ask('clipboard-sanitized-write', 'app://baken/index.html')).toBe(true);
      expect(ask('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
      expect(s.permissionCheck?.({}, 'media', 'app://baken')).toBe(false);
      expect(s.deviceCheck?.()).toBe(false);
      expect(s.spellcheck).toBe(false);
      expect(s.dictionaryUrl).toBe(UNREACHABLE_DICTIONARY_URL);
      const download = { prevented: false, cancelled: false };
      s.emit(
        'will-download',
        { preventDefault: () => void (download.prevented = true) },
        { cancel: () => void (download.cancelled = true) },
      );
      expect(download).toEqual({ prevented: true, cancelled: true });
    }
  });

  it('keeps the window on the app: no navigation away, no new windows, no webview', () => {
    const contents = win().webContents;
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => void (prevented = true) });
      return prevented;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'https://example.org/'), event).toBe(true);
      expect(navigate(event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(event, 'http://localhost:5173/'), event).toBe(true);
      expect(navigate(event, 'app://baken/index.html'), event).toBe(false);
    }
    expect(contents.windowOpen?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'app://baken/index.html' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => void (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  it('answers IPC from the window\'s main frame only', async () => {
    const invoke = fake.ipcHandlers.get('baken:invoke');
    if (!invoke) throw new Error('no IPC handler');
    const contents = win().webContents;
    const top = contents.mainFrame;
    const call = (senderFrame: unknown, sender: unknown = contents, channel = 'app.status') =>
      invoke({ sender, senderFrame }, channel, {}) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

    expect(await call(top)).toEqual({ ok: true, value: expect.objectContaining({ vault: 'absent', session: null }) });
    const rejected = { ok: false, error: expect.objectContaining({ code: 'sender-rejected' }) };
    expect(await call({ ...top, frameToken: 'child', parent: top, url: appUrl })).toEqual(rejected);
    expect(await call({ ...top, url: 'https://example.org/' })).toEqual(rejected);
    expect(await call(null)).toEqual(rejected);
    expect(await call({ ...top, detached: true })).toEqual(rejected);
    expect(await call(top, { mainFrame: top })).toEqual(rejected);
    expect(await call(top, contents, 'no.such.channel')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown-channel' }),
    });
  });

  it('locks the session on suspend and tells the window', async () => {
    const invoke = fake.ipcHandlers.get('baken:invoke');
    if (!invoke) throw new Error('no IPC handler');
    const contents = win().webContents;
    const pass = 'correct horse battery staple';
    const created = (await invoke({ sender: contents, senderFrame: contents.mainFrame }, 'vault.create', {
      username: 'beheer',
      displayName: 'Beheer',
      passphrase: pass,
      passphraseRepeat: pass,
    })) as { ok: boolean };
    expect(created.ok).toBe(true);
    fake.powerMonitor.emit('suspend');
    expect(contents.sent).toContainEqual(['baken:event', 'session.locked', { reason: 'suspend' }]);
    const status = (await invoke({ sender: contents, senderFrame: contents.mainFrame }, 'app.status', {})) as {
      value: { session: unknown };
    };
    expect(status.value.session).toBeNull();
  });
});

describe('isPermissionAllowed', () => {
  const mode = shellMode({ isPackaged: true, rendererUrlEnv: undefined });
  it('allows only clipboard writing, only to the app page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://baken/index.html', mode)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/', mode)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'hid']) {
      expect(isPermissionAllowed(p, 'app://baken/index.html', mode), p).toBe(false);
    }
  });
});
