// A watch session's worker thread, when running from source: loads session-main.ts through
// tsx's scoped loader (see ../background/background-worker.mjs for why). The prebuilt CLI
// (scripts/build.mjs) bundles session-main.ts in this file's place.
import { tsImport } from 'tsx/esm/api';

await tsImport('./session-main.ts', import.meta.url);
