// Bundles the server into dist/main.js for `pnpm start`: our own code and the workspace's
// @acme/* sources go in the bundle (they ship as TypeScript), npm packages stay external and
// load from node_modules; the SQL migrations and a PGlite template (see pglite-template.mjs)
// are put next to the bundle.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writePgliteTemplate } from './pglite-template.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

/** Bare imports other than @acme/* resolve at run time from node_modules. */
const externalNodeModules = {
  name: 'external-node-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@acme/') ? undefined : { path: args.path, external: true },
    );
  },
};

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
  plugins: [externalNodeModules],
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
