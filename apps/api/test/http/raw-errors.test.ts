import net from 'node:net';
import { ApiError, REST_PREFIX } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, buildServer } from '../../src/index.js';
import { signIn, testConfig } from '../helpers/test-server.js';

// Errors Node's parser raises before Fastify routes anything, and the 503 of a closing server,
// sent over a raw socket as a hostile or broken client would: each answer is the contract's
// ApiError (Fastify's defaults answered `{error, message, statusCode}`).
let app: AppServer;
let port: number;
beforeAll(async () => {
  app = await buildServer(testConfig({ SEED: 'never', REQUEST_TIMEOUT_MS: '500' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(() => app?.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function parse(text: string): RawAnswer {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** Writes `chunks` on one connection and reads until the server closes it. */
function exchange(...chunks: string[]): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => {
      text += data;
    });
    socket.on('close', () => resolve(parse(text)));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
  });
}

function expectApiError(answer: RawAnswer, status: number, code: ApiError['code']) {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(answer.headers.connection).toBe('close');
  expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
  const apiError = ApiError.parse(JSON.parse(answer.body));
  expect(apiError.code).toBe(code);
  return apiError;
}

describe('errors raised before routing', () => {
  it('a malformed request line: 400 VALIDATION_FAILED', async () => {
    expectApiError(await exchange('NOT HTTP AT ALL\r\n\r\n'), 400, 'VALIDATION_FAILED');
  });

  it('a malformed header: 400 VALIDATION_FAILED', async () => {
    const answer = await exchange('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expectApiError(answer, 400, 'VALIDATION_FAILED');
  });

  it('headers larger than the server accepts: 431 HEADERS_TOO_LARGE', async () => {
    const huge = `GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    expectApiError(await exchange(huge), 431, 'HEADERS_TOO_LARGE');
  });

  it('headers that never finish within REQUEST_TIMEOUT_MS: 408 REQUEST_TIMEOUT', async () => {
    const answer = await exchange('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n');
    expectApiError(answer, 408, 'REQUEST_TIMEOUT');
  });
});

describe('a request that arrives while the server closes', () => {
  it('on an open keep-alive connection: 503 UNAVAILABLE with Connection: close, REST and tRPC', async () => {
    const server = await buildServer(testConfig({ SEED: 'never' }));
    await server.listen({ host: '127.0.0.1', port: 0 });
    const serverPort = (server.server.address() as net.AddressInfo).port;
    const open = () =>
      new Promise<net.Socket>((resolve) => {
        const socket = net.connect(serverPort, '127.0.0.1', () => resolve(socket));
      });
    const request = (socket: net.Socket, path: string) =>
      new Promise<RawAnswer>((resolve) => {
        let text = '';
        socket.setEncoding('utf8');
        const onData = (data: string) => {
          text += data;
          const answer = parse(text);
          if (
            text.includes('\r\n\r\n') &&
            Buffer.byteLength(answer.body) >= Number(answer.headers['content-length'])
          ) {
            socket.off('data', onData);
            resolve(answer);
          }
        };
        socket.on('data', onData);
        socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
      });
    const rest = await open();
    const trpc = await open();
    expect((await request(rest, `${REST_PREFIX}/health`)).status).toBe(200);
    expect((await request(trpc, `${REST_PREFIX}/health`)).status).toBe(200);
    // Both connections are idle keep-alive ones now; close() must not reset them.
    const closed = server.close();
    // close() starts draining once Fastify runs its preClose hooks, a few ticks later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectApiError(await request(rest, `${REST_PREFIX}/health`), 503, 'UNAVAILABLE');
    const trpcAnswer = await request(trpc, '/trpc/health');
    expect(trpcAnswer.status).toBe(503);
    expect(trpcAnswer.headers.connection).toBe('close');
    const envelope = JSON.parse(trpcAnswer.body) as { error: { data: { apiError: unknown } } };
    expect(ApiError.parse(envelope.error.data.apiError).code).toBe('UNAVAILABLE');
    await closed;
  });
});

describe('a client that closes its connection mid-upload', () => {
  it('is logged at info level, without a stack: it is no server error', async () => {
    const lines: { level: number; msg: string; err?: unknown }[] = [];
    const logStream = { write: (line: string) => lines.push(JSON.parse(line)) };
    const server = await buildServer(testConfig({ SEED: 'never', LOG_LEVEL: 'info' }), {
      logStream,
    });
    try {
      // Signed in: the route would refuse an anonymous upload before reading its body.
      const { token } = await signIn(server, false);
      await server.listen({ host: '127.0.0.1', port: 0 });
      const serverPort = (server.server.address() as net.AddressInfo).port;
      await new Promise<void>((resolve) => {
        const socket = net.connect(serverPort, '127.0.0.1', () => {
          socket.write(
            `POST ${REST_PREFIX}/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":`,
          );
          setTimeout(() => socket.destroy(), 200);
        });
        socket.on('close', () => resolve());
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await server.close();
    }
    expect(
      lines.some((line) => line.msg === 'incoming request'),
      'the request was read',
    ).toBe(true);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    const entry = lines.find((line) => line.msg.includes('closed the connection before'));
    expect(entry?.level).toBe(30);
    expect(entry).not.toHaveProperty('err');
  });
});
