import { Health } from '@acme/contract';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { checkHealth } from '../../src/services/health.js';

const database = (ping: () => Promise<number>): Database => ({
  db: undefined as never,
  driver: 'postgres',
  ping,
  close: async () => {},
});

describe('checkHealth', () => {
  it('reports ok with the round trip when the database answers', async () => {
    const health = await checkHealth(
      database(async () => 1.234),
      '1.2.3',
    );
    expect(health).toEqual({
      status: 'ok',
      version: '1.2.3',
      database: { status: 'up', driver: 'postgres', latencyMs: 1.23 },
    });
    expect(Health.safeParse(health).success).toBe(true);
  });

  it('reports degraded, database down, without the error, when the round trip fails', async () => {
    const health = await checkHealth(
      database(async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
      }),
      '1.2.3',
    );
    expect(health).toEqual({
      status: 'degraded',
      version: '1.2.3',
      database: { status: 'down', driver: 'postgres' },
    });
    expect(Health.safeParse(health).success).toBe(true);
  });
});
