// A background worker thread, when running from source: Dart model generation (quicktype), the
// TypeScript types (openapi-typescript) and Dart syntax checks (tree-sitter) run on these, while
// the main thread builds the vectors (see index.ts). Plain JavaScript that loads the TypeScript
// message loop through tsx's scoped loader: a worker started from vitest has no TypeScript
// loader of its own, and one started without the CLI's global tsx hooks loads quicktype-core
// and web-tree-sitter at plain Node speed. The prebuilt CLI (scripts/build.mjs) bundles
// worker-main.ts in this file's place.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-main.ts', import.meta.url);
