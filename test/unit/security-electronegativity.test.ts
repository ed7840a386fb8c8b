// The Electronegativity gate (build/security/): SARIF written from the scanner's results reads
// back the same; MEDIUM and above fail unless the allow-list names the rule and the exact code; a
// file the scanner could not parse fails unless allowed; missing severities fail; the offline
// tripwire refuses and records connections.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FINDINGS,
  evaluate,
  formatFinding,
  readSarif,
  toSarif,
  type ScannerIssue,
  type Severity,
} from '../../build/security/electronegativity-gate.mjs';
import { installNetworkTripwire, stubModule } from '../../build/security/offline.mjs';

function issue(id: string, severity: Severity, sample: string, file = 'main/app/window.ts', line = 24): ScannerIssue {
  return {
    id,
    description: `description of ${id}`,
    shortenedURL: 'https://git.io/x',
    file,
    location: { line, column: 6 },
    sample,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    manualReview: false,
  };
}

function sarifOf(issues: ScannerIssue[], errors: { file: string; message: string; tolerable: boolean }[] = [], name = 'sources'): unknown {
  return JSON.parse(JSON.stringify(toSarif({ toolVersion: '1.10.3', scans: [{ name, root: 'file:///repo', result: { issues, errors } }] })));
}

describe('electronegativity SARIF', () => {
  it('round-trips rule, severity, place, message and the flagged code', () => {
    const sarif = sarifOf([issue('SANDBOX_JS_CHECK', 'HIGH', 'sandbox: false,'), issue('CSP_GLOBAL_CHECK', 'LOW', '', 'N/A', 0)]);
    const { findings } = readSarif(sarif);
    expect(findings).toEqual([
      {
        scan: 'sources',
        rule: 'SANDBOX_JS_CHECK',
        severity: 'HIGH',
        confidence: 'FIRM',
        file: 'main/app/window.ts',
        line: 24,
        column: 7,
        message: 'description of SANDBOX_JS_CHECK',
        snippet: 'sandbox: false,',
      },
      expect.objectContaining({ rule: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: '.', line: 1 }),
    ]);
    expect(formatFinding(findings[0]!)).toBe(
      '[sources] SANDBOX_JS_CHECK (HIGH, FIRM) main/app/window.ts:24:7: description of SANDBOX_JS_CHECK — "sandbox: false,"',
    );
  });

  it('refuses what is not SARIF 2.1.0', () => {
    expect(() => readSarif({ version: '2.0.0', runs: [] })).toThrow(/SARIF/);
    expect(() => readSarif(null)).toThrow(/SARIF/);
  });

  it("reads Electronegativity's own SARIF, whose missing severity counts as failing", () => {
    const own = {
      version: '2.1.0',
      runs: [
        {
          results: [
            {
              ruleId: 'NODE_INTEGRATION_JS_CHECK',
              level: 'warning',
              message: { text: 'Disable nodeIntegration for untrusted origins' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'main.js' }, region: { startLine: 3, startColumn: 1, charLength: 10 } } }],
            },
          ],
        },
      ],
    };
    const verdict = evaluate(readSarif(own));
    expect(verdict.failing).toHaveLength(1);
    expect(verdict.failing[0]).toMatchObject({ scan: 'run 1', rule: 'NODE_INTEGRATION_JS_CHECK', severity: 'UNKNOWN', file: 'main.js', line: 3 });
  });
});

describe('electronegativity gate', () => {
  it('fails MEDIUM and HIGH, lets LOW and INFORMATIONAL through as notes', () => {
    const verdict = evaluate(
      readSarif(
        sarifOf([
          issue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'contextIsolation: false,'),
          issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'shell.openExternal(url);'),
          issue('CSP_GLOBAL_CHECK', 'LOW', "script-src 'self'"),
          issue('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL', ''),
        ]),
      ),
      { findings: [], parseErrors: [] },
    );
    expect(verdict.failing.map((f) => f.rule)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
    expect(verdict.belowThreshold.map((f) => f.rule)).toEqual(['CSP_GLOBAL_CHECK', 'ELECTRON_VERSION_JSON_CHECK']);
  });

  it('allows the reviewed findings only with exactly the reviewed code, in the source and the bundle', () => {
    const read = readSarif(
      sarifOf([
        issue('CUSTOM_ARGUMENTS_JS_CHECK', 'MEDIUM', "app.commandLine.appendSwitch('disable-features', 'HardwareMediaKeyHandling,MediaSessionService');"),
        issue('CUSTOM_ARGUMENTS_JS_CHECK', 'MEDIUM', 'app.commandLine.appendSwitch("disable-features", "HardwareMediaKeyHandling,MediaSessionService");', 'out/main/index.js', 12433),
        issue('PRELOAD_JS_CHECK', 'MEDIUM', '  preload: preloadPath(),  '),
        // Same rules, other code: new findings.
        issue('CUSTOM_ARGUMENTS_JS_CHECK', 'MEDIUM', "app.commandLine.appendSwitch('disable-features', 'HardwareMediaKeyHandling,MediaSessionService,IsolateOrigins');"),
        issue('CUSTOM_ARGUMENTS_JS_CHECK', 'MEDIUM', "app.commandLine.appendSwitch('disable-web-security');"),
        issue('PRELOAD_JS_CHECK', 'MEDIUM', "preload: join(__dirname, 'other.js'),"),
      ]),
    );
    const verdict = evaluate(read);
    expect(verdict.allowed.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'CUSTOM_ARGUMENTS_JS_CHECK main/app/window.ts',
      'CUSTOM_ARGUMENTS_JS_CHECK out/main/index.js',
      'PRELOAD_JS_CHECK main/app/window.ts',
    ]);
    expect(verdict.allowed.every((f) => f.reason.length > 20)).toBe(true);
    expect(verdict.unused).toEqual([]);
    expect(verdict.failing.map((f) => f.snippet)).toEqual([
      "app.commandLine.appendSwitch('disable-features', 'HardwareMediaKeyHandling,MediaSessionService,IsolateOrigins');",
      "app.commandLine.appendSwitch('disable-web-security');",
      "preload: join(__dirname, 'other.js'),",
    ]);
  });

  it('fails when an allowed finding is not reported: gone from the code, or files not scanned', () => {
    const verdict = evaluate(readSarif(sarifOf([issue('PRELOAD_JS_CHECK', 'MEDIUM', 'preload: preloadPath(),')], [], 'built')));
    expect(verdict.failing).toEqual([]);
    expect(verdict.unused).toEqual([{ scan: 'built', rule: 'CUSTOM_ARGUMENTS_JS_CHECK', snippet: String(ALLOWED_FINDINGS[0]?.snippet) }]);
  });

  it('stops allowing a reviewed finding once the reviewed file changed', () => {
    const read = readSarif(sarifOf([issue('PRELOAD_JS_CHECK', 'MEDIUM', 'preload: preloadPath(),')]));
    const verdict = evaluate(read, { changedReviews: new Set(['preload/index.ts']) });
    expect(verdict.allowed).toEqual([]);
    expect(verdict.failing[0]?.note).toMatch(/preload\/index\.ts changed since it was reviewed/);
  });

  it('pins the preload as it is in the repository', () => {
    const entry = ALLOWED_FINDINGS.find((a) => a.reviewed);
    expect(entry?.reviewed?.file).toBe('preload/index.ts');
    const hash = createHash('sha256')
      .update(readFileSync(new URL('../../preload/index.ts', import.meta.url)))
      .digest('hex');
    expect(hash, 'preload/index.ts changed: review what it exposes, then update its sha256 in build/security/electronegativity-gate.mjs').toBe(
      entry?.reviewed?.sha256,
    );
  });

  it('fails on a file that could not be parsed unless that file and message are allowed', () => {
    const errors = [
      { file: 'out/renderer/assets/index-CoYE-Vob.js', message: 'Unknown node type StaticBlock.', tolerable: false },
      { file: 'out/renderer/assets/index-CoYE-Vob.js', message: 'Unexpected token (1:5)', tolerable: false },
      { file: 'out/main/index.js', message: 'Unknown node type StaticBlock.', tolerable: false },
      { file: 'out/main/index.js', message: 'some tolerable parser warning', tolerable: true },
    ];
    const built = evaluate(readSarif(sarifOf([], errors, 'built')));
    expect(built.allowedParseErrors.map((e) => e.message)).toEqual(['Unknown node type StaticBlock.']);
    expect(built.failingParseErrors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      'out/renderer/assets/index-CoYE-Vob.js: Unexpected token (1:5)',
      'out/main/index.js: Unknown node type StaticBlock.',
    ]);
    expect(built.tolerated).toHaveLength(1);
    // The allowance is for the built scan only.
    expect(evaluate(readSarif(sarifOf([], errors.slice(0, 1), 'sources'))).failingParseErrors).toHaveLength(1);
  });
});

describe('offline tripwire', () => {
  it('refuses and records connections, DNS lookups and fetch, then restores them', async () => {
    const { attempts, restore } = installNetworkTripwire();
    try {
      const viaHttp = await new Promise<unknown>((resolve) => {
        try {
          http.get('http://127.0.0.1:9/', () => resolve('connected')).on('error', resolve);
        } catch (error) {
          resolve(error);
        }
      });
      expect(String(viaHttp)).toMatch(/network access refused/);
      await expect(fetch('http://127.0.0.1:9/')).rejects.toThrow(/network access refused/);
      const dns = await import('node:dns');
      await expect(dns.promises.lookup('example.org')).rejects.toThrow(/network access refused/);
    } finally {
      restore();
    }
    expect(attempts).toEqual(['connect 127.0.0.1:9', 'fetch http://127.0.0.1:9/', 'dns example.org']);
  });

  it("stubs a module in require's cache for code in a given folder", () => {
    const require = createRequire(import.meta.url);
    const pkgDir = require.resolve('@doyensec/electronegativity/package.json').replace(/\/package\.json$/, '');
    const stand = (): string => 'stand-in';
    const path = stubModule(require, 'got', pkgDir, stand);
    try {
      expect(createRequire(`${pkgDir}/dist/locales/i18n.js`)('got')).toBe(stand);
    } finally {
      delete require.cache[path];
    }
  });
});
