import type { Health } from '@acme/contract';
import type { Database } from '../db/database.js';

/** Reports the database's state: a failed round trip makes the API degraded, not down. */
export async function checkHealth(database: Database, version: string): Promise<Health> {
  try {
    const latencyMs = await database.ping();
    return {
      status: 'ok',
      version,
      database: {
        status: 'up',
        driver: database.driver,
        latencyMs: Math.round(latencyMs * 100) / 100,
      },
    };
  } catch {
    return { status: 'degraded', version, database: { status: 'down', driver: database.driver } };
  }
}
