#!/usr/bin/env node
// Launcher of the `cre` command: runs the bundled CLI, or says how to build it when it is missing.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/cre.mjs', import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write('cre: the command-line tool is not built yet: run `npm run build` in the CRE Desktop folder.\n');
  process.exit(1);
}

await import(bundle.href);
