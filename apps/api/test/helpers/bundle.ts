import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

const dirs: string[] = [];

/**
 * Bundles `source` (the text of a TypeScript module) for Node with esbuild, as scripts/build.mjs
 * does, with `options` (plugins, define) added, and imports the bundle. The files go in a folder
 * under apps/api, so that its node_modules resolve; removeBundles() deletes them.
 */
export async function importBundled(
  source: string,
  options: BuildOptions = {},
): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(import.meta.dirname, '.bundle-'));
  dirs.push(dir);
  await writeFile(join(dir, 'entry.ts'), source);
  await build({
    entryPoints: [join(dir, 'entry.ts')],
    outfile: join(dir, 'out.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    ...options,
  });
  return import(pathToFileURL(join(dir, 'out.mjs')).href);
}

/** For afterAll: the folders importBundled made. */
export async function removeBundles(): Promise<void> {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
}
