import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST_PREFIX } from '@acme/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, parseConfig } from '../../src/index.js';
import { isPostgres, signIn } from '../helpers/test-server.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// File-backed PGlite is the default for `pnpm dev`: what users create must outlive a restart.
describe.skipIf(isPostgres())('file-backed PGlite', () => {
  it('keeps data across a restart, and seeds only the first, empty start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tether-pglite-'));
    dirs.push(dir);
    const config = parseConfig({ NODE_ENV: 'test', PGLITE_DATA_DIR: join(dir, 'data') });

    const first = await buildServer(config);
    await signIn(first);
    const seeded = (await first.inject({ url: `${REST_PREFIX}/tasks?limit=100` })).json().items;
    expect(seeded.length).toBeGreaterThan(0);
    const projectId = seeded[0].projectId;
    const created = await first.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: { projectId, title: 'Survives a restart', tags: ['durable'] },
    });
    expect(created.statusCode).toBe(201);
    await first.close();

    const second = await buildServer(config);
    await signIn(second);
    try {
      const task = await second.inject({ url: `${REST_PREFIX}/tasks/${created.json().id}` });
      expect(task.statusCode).toBe(200);
      expect(task.json()).toEqual(created.json());
      const all = (await second.inject({ url: `${REST_PREFIX}/tasks?limit=100` })).json().items;
      // The seed ran once: the restart found data and left it alone.
      expect(all).toHaveLength(seeded.length + 1);
    } finally {
      await second.close();
    }
  });
});
