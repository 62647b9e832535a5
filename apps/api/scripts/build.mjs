// Bundles the server into dist/main.js for `pnpm start`: our own code, the workspace's @acme/*
// sources (they ship as TypeScript) and the npm packages, except the few listed in `external`;
// the SQL migrations and a PGlite template (see pglite-template.mjs) are put next to it.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { contractSchemasDefine } from './contract-schemas.mjs';
import { englishOnlyZod } from './english-only-zod.mjs';
import { nodeOnlyPg } from './node-only-pg.mjs';
import { writePgliteTemplate } from './pglite-template.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

/**
 * Packages loaded from node_modules at run time: they read files next to their own modules
 * (PGlite its WASM and data, swagger-ui its static assets) or are optional natives (pg-native).
 * Everything else is bundled: resolving and reading ~hundreds of files of node_modules at start
 * took ~25% of a fresh in-memory start and ~15% of a restart (bench/startup, load ~10).
 */
// @node-rs/argon2 loads a native binary of the platform it is installed on.
const external = ['@electric-sql/pglite', '@fastify/swagger-ui', '@node-rs/argon2', 'pg-native'];

await rm(dist, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/main.ts`],
  outdir: dist,
  bundle: true,
  // Dynamic imports (node-postgres, only with DATABASE_URL) become chunks loaded on demand
  // instead of imports at the top of main.js that every start would pay for.
  splitting: true,
  // Chunks sit next to main.js: modules find ./migrations and the template by import.meta.url.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external,
  plugins: [nodeOnlyPg, englishOnlyZod],
  // The contract's JSON Schemas, computed now from the same sources the bundle inlines.
  define: await contractSchemasDefine(),
  // Whitespace and syntax only, names kept (stack traces stay readable; dist/*.map maps them
  // back): dist/main.js 2.7 -> 1.8 MB, which V8 decodes and parses at every start. Measured
  // (load to exit, 21 runs alternated): CPU -30 ms, peak RSS -3.6 MB; renaming identifiers too
  // (minify: true) cost +4.6 MB peak RSS.
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
// database.ts finds its migrations at ./migrations next to the running module.
await cp(`${root}src/db/migrations`, `${dist}/migrations`, { recursive: true });
// src/db/pglite-options.ts finds it next to the running module.
await writePgliteTemplate(
  `${dist}/pglite-template.tar.gz`,
  `${root}node_modules/.cache`,
  `${dist}/migrations`,
);
console.log('Built dist/main.js');
