import http from 'node:http';
import { ApiError } from '@acme/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { killStarted, startMain } from '../helpers/main-process.js';
import { demoAuthorization } from '../helpers/sessions.js';

// SIGTERM under many keep-alive clients: a request the server already had finishes, one that
// reaches an open connection afterwards gets a 503 in the shared shape with Connection: close,
// and only then do connections close. Before, requests in flight at SIGTERM were reset.
const CLIENTS = 200;
/** SIGTERM goes out once this many requests were answered (all clients are busy by then). */
const SIGTERM_AFTER = 1500;
const MAX_REQUESTS_PER_CLIENT = 200;

afterAll(killStarted);

interface Outcome {
  sentAt: number;
  status?: number;
  connection?: string;
  body?: string;
  error?: string;
}

function get(
  agent: http.Agent,
  url: string,
  authorization: string,
): Promise<Omit<Outcome, 'sentAt'>> {
  return new Promise((resolve) => {
    const request = http.get(
      url,
      { agent, timeout: 20_000, headers: { authorization } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            body,
          }),
        );
        response.on('error', (error) => resolve({ error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('client timeout')));
    request.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).message }));
  });
}

describe('SIGTERM under keep-alive load', () => {
  it(`${CLIENTS} keep-alive clients: nothing sent before SIGTERM is reset, later requests get a 503 ApiError with Connection: close`, {
    timeout: 120_000,
  }, async () => {
    const server = await startMain({
      PGLITE_DATA_DIR: 'memory://',
      RATE_LIMIT_ENABLED: 'false',
      SHUTDOWN_GRACE_MS: '20000',
    });
    const url = `${server.api}/tasks?limit=5`;
    const authorization = await demoAuthorization(server.api);
    const outcomes: Outcome[] = [];
    let answered = 0;
    let sigtermAt = Number.POSITIVE_INFINITY;
    const client = async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let i = 0; i < MAX_REQUESTS_PER_CLIENT; i++) {
          const outcome: Outcome = {
            sentAt: performance.now(),
            ...(await get(agent, url, authorization)),
          };
          outcomes.push(outcome);
          if (++answered === SIGTERM_AFTER) {
            sigtermAt = performance.now();
            server.child.kill('SIGTERM');
          }
          if (outcome.error !== undefined || outcome.status !== 200) return;
        }
      } finally {
        agent.destroy();
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    expect(await server.exited).toBe(0);
    expect(sigtermAt, 'SIGTERM went out mid-load').toBeLessThan(Number.POSITIVE_INFINITY);

    const before = outcomes.filter((outcome) => outcome.sentAt < sigtermAt);
    const unanswered = before.filter((outcome) => outcome.status !== 200 && outcome.status !== 503);
    expect(
      unanswered.slice(0, 3),
      `${unanswered.length} requests sent before SIGTERM failed`,
    ).toEqual([]);
    // Each client kept sending until told to go: its last answer is the 503, never a reset.
    const resets = outcomes.filter((outcome) => outcome.error !== undefined);
    expect(resets.slice(0, 3), `${resets.length} requests were reset`).toEqual([]);
    const refusals = outcomes.filter((outcome) => outcome.status === 503);
    expect(refusals).toHaveLength(CLIENTS);
    for (const refusal of refusals) {
      expect(refusal.connection).toBe('close');
      expect(ApiError.parse(JSON.parse(refusal.body ?? '')).code).toBe('UNAVAILABLE');
    }
  });
});
