import { z } from 'zod';

export const DatabaseHealth = z
  .object({
    status: z.enum(['up', 'down']),
    driver: z.enum(['pglite', 'postgres']),
    /** Round trip of a trivial query, in milliseconds; absent when the database is down. */
    latencyMs: z.number().min(0).max(600_000).optional(),
  })
  .meta({ id: 'DatabaseHealth' });

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string().max(64),
    database: DatabaseHealth,
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
