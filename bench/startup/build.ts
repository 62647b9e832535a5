// The benchmark measures the bundle `pnpm --filter @acme/api start` runs, so it must be the
// bundle of the current sources: build it first (BENCH_SKIP_BUILD=1 checks it instead).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiRoot = fileURLToPath(new URL('../../apps/api/', import.meta.url));
export const apiMain = join(apiRoot, 'dist', 'main.js');

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function ensureFreshBuild(): void {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [join(apiRoot, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  }
  if (!existsSync(apiMain)) {
    throw new Error(`${apiMain} is missing: run \`pnpm --filter @acme/api build\` first`);
  }
  // The bundle also inlines the contract's sources.
  const sources = [join(apiRoot, 'src'), join(apiRoot, '..', '..', 'packages', 'contract', 'src')];
  const stale = Math.max(...sources.map(newestMtime)) > statSync(apiMain).mtimeMs;
  if (stale) {
    throw new Error(
      `${apiMain} is older than its sources: run \`pnpm --filter @acme/api build\` ` +
        '(or drop BENCH_SKIP_BUILD)',
    );
  }
}
