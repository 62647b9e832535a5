import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

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

let keepBundler = false;

/**
 * Whether esbuild's service process stays up after a bundle (default: no). It is a process of
 * its own (~22 MB resident), idle for the rest of a one-shot run, and counted in that run's
 * peak memory; a watch keeps it (and builds incrementally, see ContractBundler).
 */
export function keepBundlerRunning(keep: boolean): void {
  keepBundler = keep;
}

/** The contract as one ESM bundle (its npm packages external, see above). */
async function bundleContract(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  try {
    return await buildOnce(esbuild, entry);
  } finally {
    // A later build starts the service again.
    if (!keepBundler) void esbuild.stop();
  }
}

async function buildOnce(esbuild: typeof import('esbuild'), entry: string): Promise<string> {
  const result = await esbuild.build({
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
  });
  return result.outputFiles?.[0]?.text ?? '';
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
