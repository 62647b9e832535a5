import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { isWarm } from './warm.js';

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] as string);
/** A bare specifier: a package, not a relative or absolute path. */
const isBare = (specifier: string) => !/^(\.|\/|[A-Za-z]:[\\/]|file:)/.test(specifier);

/**
 * npm packages stay outside the bundle, as absolute file URLs resolved from the file that
 * imports them: the contract must use the very zod module the codegen uses (one registry of
 * models), wherever the bundle is written. A workspace package (its real
 * path outside any node_modules) is TypeScript source like the contract: it is bundled.
 */
const packagesByUrl: Plugin = {
  name: 'packages-by-url',
  setup(build) {
    // Relative and absolute paths never reach JavaScript (the filter runs inside esbuild): a
    // callback is a round trip between the processes, and most imports are relative.
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner' || !isBare(args.path)) return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'inner',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path.split(/[\\/]/).includes('node_modules')) return resolved;
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

/** Warm sessions (see warm.ts): one esbuild context per entry, rebuilt incrementally. */
const contexts = new Map<string, Promise<import('esbuild').BuildContext>>();

/** The contract as one ESM bundle (its npm packages external, see above). */
async function bundleContract(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  if (isWarm()) {
    // esbuild keeps the parsed files and reads again only what changed on disk: ~10-30 ms
    // for an edit of one model file at 200 models, against ~150-300 ms for a full bundle.
    let context = contexts.get(entry);
    if (!context) {
      context = esbuild.context(buildOptions(entry));
      contexts.set(entry, context);
      context.catch(() => contexts.delete(entry));
    }
    const result = await (await context).rebuild();
    return result.outputFiles?.[0]?.text ?? '';
  }
  try {
    const result = await esbuild.build(buildOptions(entry));
    return result.outputFiles?.[0]?.text ?? '';
  } finally {
    // esbuild's service is a process of its own (~22 MB resident), idle for the rest of a
    // one-shot run and counted in its peak memory; a later build starts it again.
    void esbuild.stop();
  }
}

/** Ends the warm sessions' esbuild contexts (a watch closing). */
export async function disposeBundlers(): Promise<void> {
  const all = [...contexts.values()];
  contexts.clear();
  await Promise.all(all.map(async (context) => (await context).dispose().catch(() => {})));
}

function buildOptions(entry: string) {
  return {
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    sourcesContent: false,
    // Source paths in the map are absolute, so that errors name the files as they are on disk.
    sourceRoot: '/',
    absWorkingDir: '/',
    logLevel: 'silent',
    plugins: [packagesByUrl],
  } satisfies import('esbuild').BuildOptions;
}

/** Bundles started ahead of their import, by entry; each is taken once (see importContract). */
const started = new Map<string, Promise<string>>();

/**
 * Starts bundling the contract now: esbuild works in its own process while this one loads the
 * targets (~0.3 s at 200 models, ~0.1 s of which the main thread would otherwise wait). The
 * next importContract of the same entry takes the result, or its error. The returned promise
 * settles (never rejects) once the bundle is built.
 */
export function startContractBundle(entry: string): Promise<void> {
  const bundle = started.get(entry) ?? bundleContract(entry);
  started.set(entry, bundle);
  // Settles when the bundle is built; its error is importContract's to report.
  return bundle.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Imports the contract (TypeScript) from the prebuilt CLI, which has no TypeScript loader: one
 * esbuild bundle of the contract's own files, written to a temporary directory (removed once
 * loaded) and imported from there. Measured at 200 models:
 * ~0.3 s, against ~0.6 s for tsx's API (a loader thread and a transform round trip per file).
 * Stack traces keep pointing at the contract's files and lines through the inline source map.
 */
export async function importContract(entry: string): Promise<unknown> {
  // A bundle started earlier is used once: a later import (a test, another run in this process)
  // bundles the contract as it is then.
  const bundle = started.get(entry) ?? bundleContract(entry);
  started.delete(entry);
  const text = await bundle;
  const dir = await mkdtemp(join(tmpdir(), 'tether-contract-'));
  try {
    const file = join(dir, 'contract.mjs');
    await writeFile(file, text);
    process.setSourceMapsEnabled(true);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
