import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * A data directory after initdb and the migrations, dumped by scripts/build.mjs next to the
 * bundle (absent when running from src). Loading it replaces initdb, which in PGlite runs a
 * second WASM instance of Postgres and copies its cluster over, and the DDL of the migrations:
 * seconds of start and a few hundred MB of peak memory for every in-memory database and every
 * first start of a file-backed one. The template records its migrations, so a start from it
 * skips migrate() like a restart (migration-state.ts).
 */
const templateFile = fileURLToPath(new URL('./pglite-template.tar.gz', import.meta.url));

/** initdb arguments, shared with the build that makes the template. */
export const PGLITE_INITDB_PARAMS = [
  // 1 MB WAL segments instead of 16 MB: the first segment is allocated at once, in memory
  // for `memory://`, and an embedded database never needs large ones.
  '--wal-segsize=1',
];

/**
 * Postgres' default shared_buffers (128 MB) is written through at start in PGlite's WASM
 * heap and stays resident; the embedded database of a starter app holds a few MB, and 16 MB
 * keeps it cached many times over. Measured (bench/startup): about -125 MB RSS.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Options for `new PGlite(dataDir, …)`: the template for a fresh cluster, the memory settings. */
export async function pgliteOptions(dataDir: string): Promise<PGliteOptions> {
  const fresh = dataDir.includes('://') || !existsSync(join(dataDir, 'PG_VERSION'));
  const options: PGliteOptions = {
    startParams: START_PARAMS,
    initDbStartParams: PGLITE_INITDB_PARAMS,
  };
  if (fresh && existsSync(templateFile)) {
    options.loadDataDir = new Blob([await readFile(templateFile)]);
  }
  return options;
}
