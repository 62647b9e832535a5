import http from 'node:http';
import net from 'node:net';
import { REST_PREFIX } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, buildServer } from '../src/index.js';
import {
  createBareTestApp,
  createTestApp,
  type TestApp,
  testConfig,
} from './helpers/test-server.js';
import { trpcClient } from './helpers/trpc-client.js';

// Resource limits not covered by errors.test.ts (which checks 413 and maxBatchSize through
// inject and that a 429 has a Retry-After at all): the value of Retry-After, the page-size cap
// on both transports, and what only a real socket shows: slow clients and chunked bodies.

let base: TestApp;
beforeAll(async () => {
  base = await createTestApp({ RATE_LIMIT_ENABLED: 'false' });
});
afterAll(() => base?.close());

describe('rate limit', () => {
  it('429 RATE_LIMITED with Retry-After in whole seconds until the window ends', async () => {
    const limited = await createBareTestApp(
      { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '30000' },
      { database: base.app.database },
    );
    try {
      const url = `${REST_PREFIX}/health`;
      for (let i = 0; i < 2; i++) expect((await limited.app.inject({ url })).statusCode).toBe(200);
      for (const target of [url, '/trpc/health']) {
        const response = await limited.app.inject({ url: target });
        expect(response.statusCode).toBe(429);
        expect(JSON.stringify(response.json())).toContain('"code":"RATE_LIMITED"');
        // HTTP says delta-seconds: an integer, here at most the 30 s window (not 30000 ms).
        const retryAfter = String(response.headers['retry-after']);
        expect(retryAfter).toMatch(/^\d+$/);
        expect(Number(retryAfter)).toBeGreaterThanOrEqual(25);
        expect(Number(retryAfter)).toBeLessThanOrEqual(30);
      }
    } finally {
      await limited.close();
    }
  });
});

describe('page size', () => {
  it('serves the contract maximum (100) and refuses more, naming the field, on REST and tRPC', async () => {
    const max = await base.app.inject({ url: `${REST_PREFIX}/tasks?limit=100` });
    expect(max.statusCode).toBe(200);
    const over = await base.app.inject({ url: `${REST_PREFIX}/tasks?limit=101` });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ location: 'query', path: 'limit' }],
    });
    const trpc = trpcClient(base.app);
    expect((await trpc.listTasks.query({ limit: 100 })).items.length).toBeLessThan(101);
    await expect(trpc.listTasks.query({ limit: 101 })).rejects.toMatchObject({
      data: {
        httpStatus: 400,
        apiError: { code: 'VALIDATION_FAILED', details: [{ location: 'query', path: 'limit' }] },
      },
    });
  });
});

describe('over a real socket', () => {
  // Short limits so that a slow client is obviously over them within a second.
  const REQUEST_TIMEOUT_MS = 600;
  const CONNECTION_TIMEOUT_MS = 300;
  /** A client writing one byte every STEP_MS never trips the idle (connection) timeout. */
  const STEP_MS = 100;
  /** Cut off by then or the test fails (Node's own sweep would take 30 s). */
  const CUT_OFF_WITHIN_MS = 4000;
  let app: AppServer;
  let port: number;

  beforeAll(async () => {
    app = await buildServer(
      testConfig({
        RATE_LIMIT_ENABLED: 'false',
        BODY_LIMIT_BYTES: '4096',
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS),
      }),
      { database: base.app.database },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => app?.close());

  /**
   * Opens a socket, writes `head` at once and then `drip` one byte per STEP_MS (bounded);
   * resolves with how long the server let it live and what it answered.
   */
  const slowClient = (head: string, drip: string) =>
    new Promise<{ ms: number; answer: string }>((resolve, reject) => {
      const started = performance.now();
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      socket.on('error', () => {}); // a reset is a way of being cut off too
      socket.on('close', () => {
        clearTimeout(timer);
        resolve({ ms: performance.now() - started, answer });
      });
      socket.on('connect', () => {
        socket.write(head);
        let sent = 0;
        const step = () => {
          if (socket.destroyed) return;
          if (performance.now() - started > 10_000 || (drip.length > 0 && sent >= drip.length)) {
            socket.destroy();
            reject(new Error('the server let a slow client finish'));
            return;
          }
          if (sent < drip.length) socket.write(drip[sent++] as string);
          timer = setTimeout(step, STEP_MS);
        };
        timer = setTimeout(step, STEP_MS);
      });
    });

  /** GETs health back to back while `during` runs; every answer must be a quick 200. */
  async function servedMeanwhile(during: Promise<unknown>) {
    let done = false;
    void during.finally(() => {
      done = true;
    });
    const statuses: number[] = [];
    const slowest = { ms: 0 };
    while (!done && statuses.length < 500) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}${REST_PREFIX}/health`);
      await response.arrayBuffer();
      slowest.ms = Math.max(slowest.ms, performance.now() - started);
      statuses.push(response.status);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { statuses, slowest: slowest.ms };
  }

  it('cuts off clients that send headers or a body byte by byte, serving others meanwhile', async () => {
    const slowHeaders = Array.from({ length: 4 }, () =>
      slowClient(`GET ${REST_PREFIX}/health HTTP/1.1\r\nHost: x\r\nX-Slow: `, 'a'.repeat(200)),
    );
    const slowBody = Array.from({ length: 4 }, () =>
      slowClient(
        `POST ${REST_PREFIX}/tasks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${base.session.token}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`,
        ' '.repeat(200),
      ),
    );
    const slow = Promise.all([...slowHeaders, ...slowBody]);
    const meanwhile = await servedMeanwhile(slow);
    for (const { ms, answer } of await slow) {
      expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(CUT_OFF_WITHIN_MS);
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
    }
    expect(meanwhile.statuses.length).toBeGreaterThanOrEqual(5);
    expect(new Set(meanwhile.statuses)).toEqual(new Set([200]));
    expect(meanwhile.slowest).toBeLessThan(2000);
  });

  it('closes a connection that sends nothing after the connection timeout', async () => {
    const { ms } = await slowClient('', '');
    expect(ms).toBeGreaterThanOrEqual(CONNECTION_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(CUT_OFF_WITHIN_MS);
  });

  it.each([[`${REST_PREFIX}/tasks`], ['/trpc/createTask']])(
    'a chunked body (no Content-Length) over the limit: 413 PAYLOAD_TOO_LARGE on %s',
    async (path) => {
      const { status, body } = await new Promise<{ status: number; body: string }>(
        (resolve, reject) => {
          const request = http.request(
            {
              host: '127.0.0.1',
              port,
              path,
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${base.session.token}`,
              },
            },
            (response) => {
              let text = '';
              response.on('data', (chunk) => {
                text += chunk;
              });
              response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
            },
          );
          request.on('error', reject);
          // Streamed in pieces, so only the running total can tell it is too large.
          for (let i = 0; i < 10; i++) request.write(`${' '.repeat(1000)}`);
          request.end('{}');
        },
      );
      expect(status).toBe(413);
      expect(body).toContain('"code":"PAYLOAD_TOO_LARGE"');
    },
  );
});
