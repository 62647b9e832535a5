#!/usr/bin/env node
// `pnpm codegen`: runs the prebuilt CLI (dist/cli.mjs, see scripts/build.mjs), rebuilding it first
// when the codegen's sources changed. In this process: no second Node, no tsx transforming the
// codegen's own TypeScript; the contract (the user's TypeScript) is still loaded from source.
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../scripts/build.mjs';

const { runCli } = await import(pathToFileURL(await ensureBuilt()).href);
await runCli(process.argv.slice(2));
