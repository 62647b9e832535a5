// Makes dist/pglite-template.tar.gz: a PGlite data directory after initdb and the migrations,
// which src/db/pglite-options.ts loads instead of running initdb at start (seconds, and a
// second WASM instance of Postgres). Migrating it here spares every fresh database the DDL
// (about 1 s under load); the server still runs drizzle's migrate at start, which finds the
// journal applied and only checks (tens of ms), and applies anything newer. Both steps are
// slow, so the dump is cached per PGlite version and migrations content.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

// Keep in step with PGLITE_INITDB_PARAMS in src/db/pglite-options.ts (used without a template).
const INITDB_PARAMS = ['--wal-segsize=1'];

async function pgliteVersion() {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(dirname(entry), '..', 'package.json');
  return JSON.parse(await readFile(manifest, 'utf8')).version;
}

/** Hash of every file of the migrations folder (SQL and drizzle's journal). */
async function migrationsHash(folder) {
  const hash = createHash('sha256');
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(folder.length)).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/** Writes the template to `target`, from the cache under `cacheDir` when it is there. */
export async function writePgliteTemplate(target, cacheDir, migrationsFolder) {
  const version = await pgliteVersion();
  const key = `pglite-template-${version}-${await migrationsHash(migrationsFolder)}.tar.gz`;
  const cached = join(cacheDir, key);
  if (!existsSync(cached)) {
    const pg = new PGlite('memory://', { initDbStartParams: INITDB_PARAMS });
    try {
      await pg.waitReady;
      await migrate(drizzle(pg), { migrationsFolder });
      // gzip: 4 MB instead of 31 MB to read and to hold while it is unpacked.
      const dump = await pg.dumpDataDir('gzip');
      await mkdir(cacheDir, { recursive: true });
      await writeFile(`${cached}.tmp`, Buffer.from(await dump.arrayBuffer()));
      await rename(`${cached}.tmp`, cached);
    } finally {
      await pg.close();
    }
  }
  await copyFile(cached, target);
}
