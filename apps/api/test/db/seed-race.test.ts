import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppServer, buildServer } from '../../src/index.js';
import { isPostgres, testConfig } from '../helpers/test-server.js';

const schema = `seed_race_${randomUUID().replaceAll('-', '')}`;

afterAll(async () => {
  if (!isPostgres()) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

// Only PostgreSQL can be shared by two servers (a PGlite directory has one owner).
describe.skipIf(!isPostgres())('two servers starting together on an empty database', () => {
  it('both come up, and the example data is seeded once', async () => {
    const config = testConfig({ DATABASE_SCHEMA: schema });
    const servers = await Promise.all([buildServer(config), buildServer(config)]);
    try {
      const count = async (server: AppServer, query: SQL) =>
        ((await server.database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]
          ?.n;
      expect(await count(servers[0], sql`select count(*)::int as n from users`)).toBe(4);
      expect(
        await count(
          servers[1],
          sql`select count(*)::int as n from users where email = 'demo@example.com'`,
        ),
      ).toBe(1);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
