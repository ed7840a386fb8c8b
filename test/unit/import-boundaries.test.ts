// The lint rule that keeps DESIGN.md's import directions: each side may import only what it may.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Under CI=true typescript-eslint infers a single run and reads files from disk, not the text
// given here; this test lints text that differs from the files, so it turns that inference off.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
});

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('import directions', () => {
  it('renderer imports only core', async () => {
    expect(await restricted('renderer/src/main.tsx', "import { x } from '../../main/ipc/dispatcher';\nexport { x };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { x } from '../../db/open';\nexport { x };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { readFileSync } from 'node:fs';\nexport { readFileSync };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import type { ChannelName } from '../../core/ipc/contract';\nexport type { ChannelName };")).toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { PRIORITIES } from '../../core/cases/constants';\nexport { PRIORITIES };")).toEqual([]);
  });

  it('renderer takes only types from schema modules, and no zod', async () => {
    expect(await restricted('renderer/src/main.tsx', "import { channels } from '../../core/ipc/contract';\nexport { channels };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { caseFilterSchema } from '../../core/cases/types';\nexport { caseFilterSchema };")).not.toEqual([]);
    expect(await restricted('renderer/src/main.tsx', "import { z } from 'zod';\nexport { z };")).not.toEqual([]);
  });

  it('core imports nothing of the other sides and no Node APIs', async () => {
    expect(await restricted('core/roles.ts', "import { x } from '../db/open';\nexport { x };")).not.toEqual([]);
    expect(await restricted('core/roles.ts', "import { x } from '../main/log';\nexport { x };")).not.toEqual([]);
    expect(await restricted('core/roles.ts', "import { createHash } from 'node:crypto';\nexport { createHash };")).not.toEqual([]);
  });

  it('only main/app imports electron; nothing imports renderer', async () => {
    expect(await restricted('main/ipc/dispatcher.ts', "import { app } from 'electron';\nexport { app };")).not.toEqual([]);
    expect(await restricted('db/open.ts', "import { app } from 'electron';\nexport { app };")).not.toEqual([]);
    expect(await restricted('main/ipc/dispatcher.ts', "import { x } from '../../renderer/src/main';\nexport { x };")).not.toEqual([]);
    expect(await restricted('db/open.ts', "import { x } from '../main/log';\nexport { x };")).not.toEqual([]);
    expect(await restricted('preload/index.ts', "import { x } from '../main/log';\nexport { x };")).not.toEqual([]);
  });
});
