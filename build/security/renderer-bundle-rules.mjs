// The pure half of check-renderer-bundle.mjs: what in the built renderer (out/renderer) counts as
// code made from strings or as something that could reach past app://. The CSP forbids both
// ('unsafe-eval' absent, connect-src 'none', only 'self' sources), but the bundle should not even
// try: a library that falls back to eval or fetches a resource is a bug or a beacon here.
//
// Every absolute URL anywhere in the bundle fails unless ALLOWED names that exact string: minified
// code gives no reliable way to tell a message from a request target, so the libraries' harmless
// strings (XML namespaces, links in error messages) are listed one by one with a reason.

/** The rules. `kinds` says which files a rule reads; `pattern` must be global (g). */
export const RULES = [
  { id: 'eval', kinds: ['js', 'html'], pattern: /(?<![\w$])eval\s*\(/g, what: 'eval() call' },
  { id: 'new-function', kinds: ['js', 'html'], pattern: /\bnew\s+Function\s*\(/g, what: 'new Function(): code from a string' },
  // Function(...) called without `new` also compiles its last argument; `.Function(` and
  // `isFunction(` are other names.
  { id: 'function-call', kinds: ['js', 'html'], pattern: /(?<![\w$.]|new\s+)Function\s*\(/g, what: 'Function(): code from a string' },
  { id: 'string-timer', kinds: ['js', 'html'], pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g, what: 'setTimeout/setInterval with code as a string' },
  {
    id: 'network-api',
    kinds: ['js', 'html'],
    pattern: /(?<![\w$])(?:fetch|importScripts)\s*\(|\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\b/g,
    what: 'a network API (the renderer talks only through window.baken.invoke)',
  },
  { id: 'remote-url', kinds: ['js', 'html', 'css'], pattern: /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]*/gi, what: 'an absolute URL' },
  // Protocol-relative: a string that starts with //host (JS), or a src/href/action/... attribute
  // or CSS url()/@import whose target starts with a scheme or //.
  { id: 'protocol-relative', kinds: ['js', 'html'], pattern: /(["'`])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi, what: 'a protocol-relative URL' },
  {
    id: 'html-remote-ref',
    kinds: ['html'],
    pattern: /\b(?:src|href|action|formaction|poster|srcset|data|background|manifest)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/gi,
    what: 'an HTML reference that is not a relative path',
  },
  {
    id: 'css-remote-ref',
    kinds: ['js', 'html', 'css'],
    pattern: /\burl\(\s*["'`]?\s*(?!data:|#|\$\{)(?:[a-z][a-z0-9+.-]*:|\/\/)|@import\s+(?:url\(\s*)?["']?\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/gi,
    what: 'a CSS url() or @import that is not relative, data: or #fragment',
  },
];

/**
 * Matches accepted as they are. `exact` is compared with the matched text (remote-url), or
 * `pattern` is tried at the match's position in the file (code rules).
 */
export const ALLOWED = [
  { rule: 'remote-url', exact: 'http://www.w3.org/2000/svg', reason: 'SVG namespace name (React DOM createElementNS, recharts); an identifier, never fetched' },
  { rule: 'remote-url', exact: 'http://www.w3.org/1999/xlink', reason: 'XLink namespace name for xlink:href attributes (React DOM); never fetched' },
  { rule: 'remote-url', exact: 'http://www.w3.org/1998/Math/MathML', reason: 'MathML namespace name (React DOM); never fetched' },
  { rule: 'remote-url', exact: 'http://www.w3.org/XML/1998/namespace', reason: 'XML namespace name for xml:* attributes (React DOM); never fetched' },
  { rule: 'remote-url', exact: 'https://react.dev/errors/', reason: "React's production error messages name the decoder page as text" },
  { rule: 'remote-url', exact: 'https://bit.ly/3cXEKWf', reason: "Immer's minified error message (via recharts' redux toolkit) names its docs as text" },
  { rule: 'remote-url', exact: 'https://redux.js.org/Errors?code=${e}', reason: "Redux's minified error message names its docs as text" },
  { rule: 'remote-url', exact: 'https://redux-toolkit.js.org/Errors?code=${e}', reason: "Redux Toolkit's minified error message names its docs as text" },
  ...[
    'https://formatjs.github.io/docs/getting-started/message-distribution',
    'https://formatjs.github.io/docs/react-intl#runtime-requirements',
    'https://formatjs.github.io/docs/react-intl/api#intlshape',
    'https://formatjs.github.io/docs/tooling/babel-plugin',
    'https://formatjs.github.io/docs/tooling/linter#enforce-id',
    'https://formatjs.github.io/docs/tooling/ts-transformer',
  ].map((exact) => ({ rule: 'remote-url', exact, reason: "react-intl's developer warnings and errors name its docs as text" })),
  {
    rule: 'function-call',
    pattern: /^Function\((["'`])return this\1\)\(\)/,
    reason: "decimal.js-light (recharts) finds the global object this way only where `self` is undefined, never in a window; the code is a constant, and the CSP refuses it anyway",
  },
];

/** 'js', 'css', 'html' or null (not read) for a file name. */
export function kindOf(name) {
  if (/\.(?:js|mjs|cjs)$/i.test(name)) return 'js';
  if (/\.css$/i.test(name)) return 'css';
  if (/\.(?:html?|svg)$/i.test(name)) return 'html';
  return null;
}

/** 1-based line and column of `offset` in `text`. */
function position(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Every rule match in one file, each marked with the allow-list entry that accepts it (or none).
 * @param {string} file  a name for the report (its kind comes from the extension)
 * @param {string} text  the file's content
 * @param {{ rules?: object[], allowed?: object[] }} [lists]  defaults: RULES and ALLOWED
 */
export function scanText(file, text, { rules = RULES, allowed = ALLOWED } = {}) {
  const kind = kindOf(file);
  if (!kind) return [];
  const found = [];
  for (const rule of rules) {
    if (!rule.kinds.includes(kind)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const at = text.slice(m.index, m.index + 200);
      const entry = allowed.find((a) => a.rule === rule.id && (a.exact !== undefined ? a.exact === m[0] : a.pattern.test(at)));
      found.push({
        file,
        ...position(text, m.index),
        rule: rule.id,
        what: rule.what,
        match: m[0],
        excerpt: text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' '),
        allowedBy: entry ?? null,
      });
    }
  }
  return found;
}

/** Allow-list entries that matched nothing: stale, to be removed so the list stays small. */
export function unusedAllowances(findings, allowed = ALLOWED) {
  const used = new Set(findings.map((f) => f.allowedBy).filter(Boolean));
  return allowed.filter((a) => !used.has(a));
}
