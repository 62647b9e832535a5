#!/usr/bin/env node
import { pathToFileURL } from 'node:url';
// `pnpm codegen`: runs the prebuilt CLI (dist/cli.mjs, see scripts/build.mjs), rebuilding it first
// when the codegen's sources changed. In this process: no second Node, no tsx transforming the
// codegen's own TypeScript; the contract (the user's TypeScript) is still loaded from source.
import { setFlagsFromString } from 'node:v8';

// A run lasts seconds, and by V8's default tiering most functions that run a few thousand
// times are compiled again by TurboFan, on helper threads that compete for the same cores:
// ~2 s of CPU of ~9 at 200 models. A 15x interrupt budget keeps TurboFan for the hot loops
// only. Set before anything else loads (V8 flags are process-wide: the workers get it too).
// bench/codegen: 200 models -13 % wall, -15 % CPU; 1000 models -13 % wall (no TurboFan at all:
// +6 % there).
setFlagsFromString('--interrupt-budget=1000000');

const { ensureBuilt } = await import('../scripts/build.mjs');
const { runCli } = await import(pathToFileURL(await ensureBuilt()).href);
await runCli(process.argv.slice(2));
