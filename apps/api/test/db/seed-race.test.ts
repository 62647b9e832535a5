import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/index.js';
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
      const [row] = (
        await servers[0].database.db.execute(sql`select count(*)::int as users from users`)
      ).rows as { users: number }[];
      const [again] = (
        await servers[1].database.db.execute(
          sql`select count(*)::int as demo from users where email = 'demo@example.com'`,
        )
      ).rows as { demo: number }[];
      expect(again?.demo).toBe(1);
      expect(row?.users).toBe(4);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
