// The pure half of the Electronegativity check (run-electronegativity.mjs does the I/O): turns
// the scanner's results into SARIF 2.1.0, reads findings back out of SARIF, and decides which
// findings fail the build. Pure functions, so test/unit/security-electronegativity.test.ts can
// feed them hand-made SARIF.
//
// Why we write the SARIF ourselves: Electronegativity 1.10.3's own SARIF writer drops each
// finding's severity (its `level` only says whether a manual review is needed) and writes the file
// asynchronously after run() has returned. So the runner takes run()'s issues and writes them here
// in the same shape plus properties.severity/confidence, the flagged code as region.snippet, and
// files it could not parse as toolExecutionNotifications (a file it could not parse was not
// checked, which must not pass silently).

/** Severity ranks as Electronegativity defines them (finder/attributes.js). */
export const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
/** Findings at or above this severity fail the build unless allow-listed. */
export const FAIL_AT = 'MEDIUM';

/**
 * Findings reviewed and accepted for this app. Each names the rule and the exact flagged code (the
 * snippet, as written in the TypeScript source and as bundled into out/main/index.js), so a
 * different use of the same API is a new finding. `reviewed` pins the file whose content the
 * reason is about: when it changes, the entry stops applying until someone reviews it again.
 */
export const ALLOWED_FINDINGS = [
  {
    rule: 'CUSTOM_ARGUMENTS_JS_CHECK',
    snippet: /^app\.commandLine\.appendSwitch\((["'])disable-features\1, ?(["'])HardwareMediaKeyHandling,MediaSessionService\2\);?$/,
    reason: 'turns off two media features the app never uses (main/app/startup.ts); the rule flags any disable-features, which is only dangerous for security features',
  },
  {
    rule: 'PRELOAD_JS_CHECK',
    snippet: /^preload: preloadPath\(\),?$/,
    reason: 'the one preload exposes a frozen { invoke, on } through contextBridge, never ipcRenderer, an IPC event or Node (reviewed, issue 8)',
    reviewed: { file: 'preload/index.ts', sha256: '63cd33a66ff29e5dcd82995a3452bdc1bc06adc2b9c1c4bc89406d330b8358c4' },
  },
];

/**
 * Files Electronegativity could not parse (so did not check) where that is accepted. `scan` is the
 * run (see run-electronegativity.mjs), `file` and `message` must both match.
 */
export const ALLOWED_PARSE_ERRORS = [
  {
    scan: 'built',
    file: /^out\/renderer\/assets\/index-[\w-]+\.js$/,
    message: /^Unknown node type StaticBlock\.$/,
    reason: "react-intl's class static blocks (ES2022) are past the scanner's parser; the renderer's own code is checked from renderer/src in the sources scan, and check-renderer-bundle.mjs reads this file",
  },
];

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF `level` for a severity: what a SARIF viewer shows; the gate reads properties.severity. */
function levelFor(severity) {
  if (SEVERITY_RANK[severity] >= SEVERITY_RANK.MEDIUM) return 'error';
  return severity === 'LOW' ? 'warning' : 'note';
}

/**
 * SARIF 2.1.0 from Electronegativity results, one run per scan.
 * @param {{ toolVersion: string, scans: { name: string, root: string, result: { issues: object[], errors: object[] } }[] }} input
 *   issues/errors as run() returns them, with file paths already relative to the scan's root
 *   ('N/A' for a global finding that has no file).
 */
export function toSarif({ toolVersion, scans }) {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: scans.map(({ name, root, result }) => {
      const rules = [...new Map(result.issues.map((i) => [i.id, { id: i.id, shortDescription: { text: i.description }, helpUri: i.shortenedURL }])).values()];
      return {
        tool: { driver: { name: 'Electronegativity', version: toolVersion, informationUri: 'https://github.com/doyensec/electronegativity', rules } },
        automationDetails: { id: `electronegativity/${name}/` },
        originalUriBaseIds: { SCANROOT: { uri: `${root}/` } }, // the repository: file paths are relative to it
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.errors.map((e) => ({
              level: e.tolerable ? 'warning' : 'error',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: e.file, uriBaseId: 'SCANROOT' } } }],
            })),
          },
        ],
        results: result.issues.map((i) => ({
          ruleId: i.id,
          level: levelFor(i.severity.name),
          message: { text: i.description },
          locations: [
            {
              physicalLocation: {
                artifactLocation: i.file === 'N/A' ? { uri: '.', uriBaseId: 'SCANROOT' } : { uri: i.file, uriBaseId: 'SCANROOT' },
                region: { startLine: Math.max(1, i.location?.line ?? 1), startColumn: (i.location?.column ?? 0) + 1, snippet: { text: i.sample ?? '' } },
              },
            },
          ],
          properties: { severity: i.severity.name, confidence: i.confidence.name, manualReview: Boolean(i.manualReview) },
        })),
      };
    }),
  };
}

/** The scan name of a run: from automationDetails.id "electronegativity/NAME/", else "run N". */
function scanName(run, index) {
  const m = /^electronegativity\/([^/]+)\/$/.exec(run?.automationDetails?.id ?? '');
  return m ? m[1] : `run ${index + 1}`;
}

/**
 * Findings and parse errors out of SARIF (ours, or Electronegativity's own). A result without a
 * known properties.severity gets 'UNKNOWN', which the gate treats as failing: better a false alarm
 * than a finding let through because its severity went missing.
 */
export function readSarif(sarif) {
  if (!sarif || sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) throw new Error('not a SARIF 2.1.0 log');
  const findings = [];
  const parseErrors = [];
  const scans = [];
  sarif.runs.forEach((run, index) => {
    const scan = scanName(run, index);
    scans.push(scan);
    for (const r of run.results ?? []) {
      const loc = r.locations?.[0]?.physicalLocation;
      const severity = r.properties?.severity;
      findings.push({
        scan,
        rule: String(r.ruleId ?? '(no rule)'),
        severity: Object.hasOwn(SEVERITY_RANK, severity) ? severity : 'UNKNOWN',
        confidence: String(r.properties?.confidence ?? ''),
        file: String(loc?.artifactLocation?.uri ?? '.'),
        line: Number(loc?.region?.startLine ?? 1),
        column: Number(loc?.region?.startColumn ?? 1),
        message: String(r.message?.text ?? ''),
        snippet: String(loc?.region?.snippet?.text ?? ''),
      });
    }
    for (const invocation of run.invocations ?? []) {
      for (const n of invocation.toolExecutionNotifications ?? []) {
        parseErrors.push({
          scan,
          level: n.level === 'warning' || n.level === 'note' ? n.level : 'error',
          file: String(n.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '.'),
          message: String(n.message?.text ?? ''),
        });
      }
    }
  });
  return { scans, findings, parseErrors };
}

/**
 * Sorts findings and parse errors into what fails the build and what does not.
 * `unused` lists allowed findings that a scan did not report: the code changed (remove the entry)
 * or the scanner missed files (both flagged code paths are always there today), so it fails too.
 * @param {{ scans?: string[], findings: object[], parseErrors: object[] }} read  what readSarif returned
 * @param {{ findings?: object[], parseErrors?: object[], changedReviews?: Set<string> }} [allow]
 *   the allow-lists (default: this file's); changedReviews names `reviewed.file`s whose hash no
 *   longer matches, so their entries do not apply.
 */
export function evaluate({ scans = [], findings, parseErrors }, allow = {}) {
  const allowedFindings = allow.findings ?? ALLOWED_FINDINGS;
  const allowedErrors = allow.parseErrors ?? ALLOWED_PARSE_ERRORS;
  const changed = allow.changedReviews ?? new Set();
  const out = { failing: [], allowed: [], belowThreshold: [], failingParseErrors: [], allowedParseErrors: [], tolerated: [], unused: [] };

  for (const f of findings) {
    const rank = SEVERITY_RANK[f.severity] ?? Infinity;
    if (rank < SEVERITY_RANK[FAIL_AT]) {
      out.belowThreshold.push(f);
      continue;
    }
    const entry = allowedFindings.find((a) => a.rule === f.rule && a.snippet.test(f.snippet.trim()));
    if (entry && !(entry.reviewed && changed.has(entry.reviewed.file))) out.allowed.push({ ...f, reason: entry.reason, entry });
    else out.failing.push(entry ? { ...f, note: `${entry.reviewed.file} changed since it was reviewed: review it and update its sha256 in the allow-list` } : f);
  }
  for (const e of parseErrors) {
    if (e.level !== 'error') {
      out.tolerated.push(e);
      continue;
    }
    const entry = allowedErrors.find((a) => a.scan === e.scan && a.file.test(e.file) && a.message.test(e.message));
    if (entry) out.allowedParseErrors.push({ ...e, reason: entry.reason });
    else out.failingParseErrors.push(e);
  }
  for (const scan of scans) {
    for (const entry of allowedFindings) {
      if (!out.allowed.some((f) => f.scan === scan && f.entry === entry)) out.unused.push({ scan, rule: entry.rule, snippet: String(entry.snippet) });
    }
  }
  return out;
}

/** One line for a finding: rule, severity, file:line:column, message, and the flagged code. */
export function formatFinding(f) {
  const where = f.file === '.' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`;
  const code = f.snippet ? ` — ${JSON.stringify(f.snippet.length > 120 ? `${f.snippet.slice(0, 117)}...` : f.snippet)}` : '';
  return `[${f.scan}] ${f.rule} (${f.severity}${f.confidence ? `, ${f.confidence}` : ''}) ${where}: ${f.message}${code}`;
}
