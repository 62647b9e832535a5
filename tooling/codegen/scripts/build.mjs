// Bundles the codegen CLI into dist/ so that `pnpm codegen` starts without tsx transforming and
// resolving ~140 TypeScript files on every run (and without tsx's loader hooks in the worker
// threads, where they doubled the time quicktype-core took to load). npm packages stay external
// and load from node_modules, except INLINED_PACKAGES below: the contract (TypeScript the user
// writes) must share zod with the codegen; it is bundled on its own at run time (see
// pipeline/import-contract.ts).
//
// `node scripts/build.mjs` builds; bin/codegen.mjs calls ensureBuilt(), which rebuilds only when
// the sources or the installed packages changed since the last build (a content hash, not
// mtimes: a checkout or a copy must not leave a stale bundle in place).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const HASH_FILE = join(dist, '.source-hash');

/** Output file (in dist/) per entry point. The workers keep their source names: the code finds
 * them next to itself with `new URL('./<name>.mjs', import.meta.url)`, in src/ and in dist/. */
const ENTRIES = {
  'cli.mjs': 'src/cli.ts',
  'background-worker.mjs': 'src/pipeline/background/worker-main.ts',
  'session-worker.mjs': 'src/pipeline/session/session-main.ts',
  'ref-child.mjs': 'src/breaking/ref-child.ts',
};

function sourceFiles(dir = join(root, 'src')) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else files.push(path);
  }
  return files.sort();
}

/**
 * npm packages bundled into dist/ instead of imported from node_modules at run time.
 * quicktype-core is ~200 CommonJS files: imported from ESM one by one, each is resolved, read
 * and scanned for its named exports, ~0.54 s of the models worker's CPU in every run against
 * ~0.22 s as part of the bundle. The rest stay external: the contract must share zod with the
 * codegen, and TypeScript (openapi-typescript's peer) is one file already.
 */
export const INLINED_PACKAGES = ['quicktype-core'];

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Bare imports stay external, except the inlined packages and what they import themselves. */
const inlineOnly = {
  name: 'inline-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const inlined =
        INLINED_PACKAGES.includes(packageOf(args.path)) ||
        args.importer.split(/[\\/]/).includes('node_modules');
      return inlined ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Bundled CommonJS code requires Node's built-in modules (`require("buffer")`), and an ES module
 * has no `require`: each output file gets one (esbuild's shim calls it).
 */
const REQUIRE_BANNER =
  "import { createRequire as __bundleCreateRequire } from 'node:module';\n" +
  'const require = __bundleCreateRequire(import.meta.url);';

/**
 * What pnpm has installed (it rewrites this file on every install), found from the package
 * upwards: the versions of the inlined packages and of everything they depend on.
 */
export function installedPackagesFile(from = root) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '.pnpm', 'lock.yaml');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * What the bundle is built from: every source file, this script, the package manifest, and
 * the installed versions of the inlined packages (an update rebuilds it). Without pnpm's record
 * of them, the inlined packages' own manifests stand in (their transitive versions then go
 * unnoticed until the next source change).
 */
export function sourceHash({ installed = installedPackagesFile() } = {}) {
  const hash = createHash('sha256');
  const versions = installed
    ? [installed]
    : INLINED_PACKAGES.map((name) => join(root, 'node_modules', name, 'package.json'));
  const inputs = [
    ...sourceFiles(),
    join(root, 'scripts', 'build.mjs'),
    join(root, 'package.json'),
    ...versions,
  ];
  for (const file of inputs) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export async function build() {
  // Loaded only when a build is needed: a fresh bundle starts without loading esbuild.
  const esbuild = await import('esbuild');
  const hash = sourceHash();
  // Built aside (same file system, ignored by git) and swapped in, so that a concurrent run
  // never sees half a bundle.
  const aside = join(root, 'node_modules', '.cache', 'tether-codegen');
  const staging = join(aside, `build-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await esbuild.build({
    entryPoints: Object.entries(ENTRIES).map(([out, source]) => ({
      out: out.replace(/\.mjs$/, ''),
      in: join(root, source),
    })),
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [inlineOnly],
    banner: { js: REQUIRE_BANNER },
    // Commands import what they need when they run (see cli.ts): without splitting, `generate`
    // would load TypeScript and jsdiff for `--check` and `breaking` at startup.
    splitting: true,
    // Chunks next to the entries: code finds the workers at ./<name>.mjs from its own URL.
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // The contract is the user's code, loaded at run time from the repository being generated;
  // a value import of a workspace package would load a second copy (see breaking/normalize.ts).
  const outputs = readdirSync(staging, { recursive: true }).filter((file) => file.endsWith('.mjs'));
  for (const out of outputs) {
    const text = await readFile(join(staging, out), 'utf8');
    if (/\bfrom\s*["']@acme\//.test(text) || /import\(\s*["']@acme\//.test(text)) {
      throw new Error(`${out} imports a workspace package at run time; import types only`);
    }
  }
  await writeFile(join(staging, '.source-hash'), hash);
  const old = join(aside, `old-${process.pid}`);
  await rename(dist, old).catch(() => {});
  // A concurrent build may have put its (identical) dist/ in place first: keep that one.
  await rename(staging, dist).catch(() => rm(staging, { recursive: true, force: true }));
  await rm(old, { recursive: true, force: true });
}

/** dist/cli.mjs, rebuilt first if the sources changed since it was built. */
export async function ensureBuilt() {
  const current = await readFile(HASH_FILE, 'utf8').catch(() => '');
  if (current !== sourceHash()) await build();
  return join(dist, 'cli.mjs');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
  console.log(`Built ${relative(process.cwd(), dist)}/ (${Object.keys(ENTRIES).join(', ')})`);
}
