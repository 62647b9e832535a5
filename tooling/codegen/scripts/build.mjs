// Bundles the codegen CLI into dist/ so that `pnpm codegen` starts without tsx transforming and
// resolving ~140 TypeScript files on every run (and without tsx's loader hooks in the worker
// threads, where they doubled the time quicktype-core took to load). npm packages stay external
// and load from node_modules: the contract (TypeScript the user writes) must share zod with the
// codegen, and it is still loaded through tsx, at run time (see pipeline/load-contract.ts).
//
// `node scripts/build.mjs` builds; bin/codegen.mjs calls ensureBuilt(), which rebuilds only when
// the sources changed since the last build (a content hash, not mtimes: a checkout or a copy
// must not leave a stale bundle in place).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const HASH_FILE = join(dist, '.source-hash');

/** Output file (in dist/) per entry point. The workers keep their source names: the code finds
 * them next to itself with `new URL('./<name>.mjs', import.meta.url)`, in src/ and in dist/. */
const ENTRIES = {
  'cli.mjs': 'src/cli.ts',
  'background-worker.mjs': 'src/pipeline/background/worker-main.ts',
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

/** What the bundle is built from: every source file, this script and the package manifest. */
export function sourceHash() {
  const hash = createHash('sha256');
  const inputs = [...sourceFiles(), join(root, 'scripts', 'build.mjs'), join(root, 'package.json')];
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
    packages: 'external',
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
