// The layer rule fails a wrong import: proof that lint guards design/architecture.md.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('local/layering', () => {
  it.each([
    ['renderer/features/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['renderer/features/x.ts', "import sodium from 'libsodium-wrappers-sumo';"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/features/x.ts', "import { createCore } from '../../main/core/create-core.js';"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';"],
    ['common/x.ts', "import { readFileSync } from 'node:fs';"],
    ['common/x.ts', "import { openVaultDatabase } from '../db/connection.js';"],
    ['common/x.ts', "import React from 'react';"],
    ['db/x.ts', "import { createCore } from '../main/core/create-core.js';"],
    ['db/x.ts', "import sodium from 'libsodium-wrappers-sumo';"],
    ['main/core/x.ts', "import { app } from 'electron';"],
    ['main/core/x.ts', "import React from 'react';"],
    ['main/core/x.ts', "import { thing } from '../app/main.js';"],
    ['main/cli/x.ts', "import { app } from 'electron';"],
    ['main/app/x.ts', "import { createRoot } from 'react-dom/client';"],
    ['preload/x.ts', "import { createCore } from '../main/core/create-core.js';"],
    ['preload/x.ts', "import { readFileSync } from 'node:fs';"],
    ['main/core/x.ts', "const fs = require('fs');"],
  ])('%s: %s fails lint', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/features/x.ts', "import { creContract } from '../../common/contract/index.js';"],
    ['renderer/features/x.ts', "import { create } from 'zustand';"],
    ['renderer/features/x.ts', "import { createRoot } from 'react-dom/client';"],
    ['db/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['main/core/x.ts', "import { openVaultDatabase } from '../../db/connection.js';"],
    ['main/core/x.ts', "import sodium from 'libsodium-wrappers-sumo';"],
    ['main/app/x.ts', "import { app } from 'electron';"],
    ['main/app/x.ts', "import { createCore } from '../core/create-core.js';"],
    ['preload/x.ts', "import { contextBridge } from 'electron';"],
    ['common/x.ts', "import { z } from 'zod';"],
  ])('%s: %s passes', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
