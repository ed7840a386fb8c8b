// Keeps a build-time tool off the network, and proves it stayed off. Electronegativity downloads
// translations at start-up (dist/locales/i18n.js, through `got`) and, with its
// AvailableSecurityFixesGlobalCheck, Electron's release list; the CI machine has no network and a
// security check must not depend on (or leak the app's Electron version to) anyone's server.
//
// installNetworkTripwire() makes every outgoing connection and DNS lookup in this process fail at
// once and records it; the caller fails the check if anything was recorded. stubModule() puts a
// stand-in into the CommonJS module cache so a known download is never even attempted.
import dns from 'node:dns';
import net from 'node:net';

/**
 * From now on, every TCP/TLS/IPC connect, DNS lookup and fetch() in this process throws (or calls
 * back with) an error instead of reaching out. Returns the list of attempts (it fills as they
 * happen) and a function that restores the originals.
 */
export function installNetworkTripwire() {
  const attempts = [];
  const refuse = (what) => {
    attempts.push(what);
    const error = new Error(`network access refused (offline check): ${what}`);
    error.code = 'EOFFLINE';
    return error;
  };
  const saved = {
    connect: net.Socket.prototype.connect,
    lookup: dns.lookup,
    promisesLookup: dns.promises.lookup,
    fetch: globalThis.fetch,
  };

  // Every http/https/tls/net client and undici (fetch) ends in Socket#connect.
  net.Socket.prototype.connect = function connect(...args) {
    // net.connect() passes its normalised [options, callback]; a direct call passes them spread.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const target = typeof first === 'object' && first !== null ? (first.path ?? `${first.host ?? 'localhost'}:${first.port}`) : String(first);
    throw refuse(`connect ${target}`);
  };
  dns.lookup = function lookup(host, options, callback) {
    const cb = typeof options === 'function' ? options : callback;
    const error = refuse(`dns ${host}`);
    if (typeof cb === 'function') process.nextTick(cb, error);
  };
  dns.promises.lookup = async (host) => {
    throw refuse(`dns ${host}`);
  };
  globalThis.fetch = async (input) => {
    throw refuse(`fetch ${typeof input === 'string' ? input : (input?.url ?? String(input))}`);
  };

  const restore = () => {
    net.Socket.prototype.connect = saved.connect;
    dns.lookup = saved.lookup;
    dns.promises.lookup = saved.promisesLookup;
    globalThis.fetch = saved.fetch;
  };
  return { attempts, restore };
}

/**
 * Puts `exports` into `require`'s module cache under the path that `specifier` resolves to from
 * `fromDir`, so code in `fromDir` that requires it gets the stand-in. Returns the resolved path.
 */
export function stubModule(require, specifier, fromDir, exports) {
  const path = require.resolve(specifier, { paths: [fromDir] });
  require.cache[path] = { id: path, filename: path, loaded: true, exports, children: [], paths: [] };
  return path;
}
