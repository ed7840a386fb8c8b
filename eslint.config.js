// Lint: typescript-eslint, React hooks, and the import directions of DESIGN.md:
// renderer → core; preload → core (+ electron's bridge); main → core, db; db → core;
// nothing imports renderer; only main/app (and the preload bridge) import electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FORBID = {
  renderer: { group: ['**/renderer', '**/renderer/**'], message: 'Nothing imports the renderer.' },
  main: { group: ['**/main', '**/main/**'], message: 'Only main (and tests) may import main/.' },
  db: { group: ['**/db', '**/db/**'], message: 'Only main and db may import db/.' },
  preload: { group: ['**/preload', '**/preload/**'], message: 'Nothing imports preload/.' },
  node: { group: ['node:*'], message: 'This side has no Node.js APIs.' },
  electron: { group: ['electron', 'electron/*'], message: "Only main/app imports 'electron' (and preload its bridge)." },
};
const NODE_BUILTINS_BARE = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'worker_threads'];

function restrict(...rules) {
  const patterns = rules.map((r) => ({ group: r.group, message: r.message }));
  const paths = rules.includes(FORBID.electron) ? [{ name: 'electron', message: FORBID.electron.message }] : [];
  if (rules.includes(FORBID.node)) for (const name of NODE_BUILTINS_BARE) paths.push({ name, message: FORBID.node.message });
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { '@typescript-eslint/switch-exhaustiveness-check': 'off' } },
  { files: ['core/**'], rules: restrict(FORBID.renderer, FORBID.main, FORBID.db, FORBID.preload, FORBID.node, FORBID.electron) },
  { files: ['db/**'], rules: restrict(FORBID.renderer, FORBID.main, FORBID.preload, FORBID.electron) },
  { files: ['main/**'], ignores: ['main/app/**'], rules: restrict(FORBID.renderer, FORBID.preload, FORBID.electron) },
  { files: ['main/app/**'], rules: restrict(FORBID.renderer, FORBID.preload) },
  // preload may use electron's contextBridge/ipcRenderer: a sandboxed preload has no other way in.
  { files: ['preload/**'], rules: restrict(FORBID.renderer, FORBID.main, FORBID.db, FORBID.node) },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(FORBID.main, FORBID.db, FORBID.preload, FORBID.node, FORBID.electron),
      // Schemas stay in main: zod in the page would probe for eval (refused by the CSP). Types from
      // the schema modules are fine; values come from the zod-free constant modules.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'zod/*', '**/core/ipc/contract', '**/core/cases/types', '**/core/bundle/schemas', '**/core/bundle/limits'],
              message: 'The renderer takes only types from schema modules (values: core/cases/constants, core/bundle/categories).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  { files: ['test/**', '*.config.ts', '*.config.js'], rules: restrict(FORBID.renderer, FORBID.electron) },
);
