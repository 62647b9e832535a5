// The floor of the API's PGlite restart: PGlite alone (the API's own copy, its start
// parameters) opening the data directory a first API start left behind and answering the two
// queries every API start makes (is the newest migration recorded? is the database empty?),
// then a node:http server answering 200. No Fastify, no routes, no contract: what no
// arrangement of the API's own start (lazy loading, a worker thread) can go below.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The bench package does not depend on PGlite itself; load the API's copy, as ESM like the bundle.
const require = createRequire(new URL('../../../apps/api/package.json', import.meta.url));
const packageDir = join(dirname(require.resolve('@electric-sql/pglite')), '..');
const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const { PGlite } = await import(pathToFileURL(join(packageDir, exports['.'].import.default)).href);

const dataDir = process.env.PGLITE_DATA_DIR;
if (!dataDir) throw new Error('PGLITE_DATA_DIR is not set');
// As apps/api/src/db/pglite-options.ts starts an existing data directory.
const db = new PGlite(dataDir, {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
});
await db.query(
  'select 1 from "drizzle"."__drizzle_migrations" where hash = $1 and created_at = $2 limit 1',
  ['0'.repeat(64), 0],
);
await db.query('select count(*)::int as count from "users"');

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"status":"ok"}');
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
