import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startServer } from '../src/index.js';
import { demoAuthorization } from './helpers/sessions.js';

let server: StartedServer;
beforeAll(async () => {
  server = await startServer({ rateLimit: { enabled: false, max: 1, windowMs: 1000 } });
});
afterAll(() => server?.close());

describe('startServer', () => {
  it('listens on loopback with a seeded in-memory database and its demo account', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const authorization = await demoAuthorization(`${server.url}/api/v1`);
    const response = await fetch(`${server.url}/api/v1/tasks?limit=1`, {
      headers: { authorization },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('sends the security headers and no CORS grant to unknown origins', async () => {
    const response = await fetch(`${server.url}/api/v1/health`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stops listening once closed', async () => {
    const other = await startServer({ seed: false });
    const url = `${other.url}/api/v1/health`;
    expect((await fetch(url)).status).toBe(200);
    await other.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});
