#!/usr/bin/env node
// `pnpm codegen`: runs the prebuilt CLI (dist/cli.mjs, see scripts/build.mjs), rebuilding it first
// when the codegen's sources changed. In this process: no second Node, no tsx transforming the
// codegen's own TypeScript; the contract (the user's TypeScript) is still loaded from source.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../scripts/build.mjs';

// Node 22.1+ keeps the compiled code of the CLI and of the packages it loads on disk between
// runs (in the OS temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 22, 200 models:
// 3.53 -> 3.28 s. Node 20 has no such cache: nothing happens there.
module.enableCompileCache?.();

const { runCli } = await import(pathToFileURL(await ensureBuilt()).href);
await runCli(process.argv.slice(2));
