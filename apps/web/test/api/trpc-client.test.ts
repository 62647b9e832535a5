import { APP_VERSION_HEADER, CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from '@acme/client-ts';
import { describe, expect, it } from 'vitest';
import { createTrpcClient, settleTrpc } from '../../src/api/trpc-client';
import { json, memorySessionStore, sessionEnded, sessionFor } from './session-fixtures';

// The app's tRPC client over a scripted fetch: the same headers as REST, and a 401 ends the
// session as it does from REST.
const url = 'http://app.test/trpc';
const emptyPage = { items: [], nextCursor: null };

/** A batched tRPC answer with one result or error per call, as the server sends them. */
const trpcAnswer = (status: number, entry: unknown) => json(status, [entry]);
/** The server's 401 (captured from the API): the ApiError rides in `data.apiError`. */
const trpcUnauthenticated = {
  error: {
    code: -32001,
    message: sessionEnded.message,
    data: { code: 'UNAUTHORIZED', httpStatus: 401, path: 'listProjects', apiError: sessionEnded },
  },
};

function trpcClient(answer: () => Response) {
  const session = memorySessionStore();
  const sent: Headers[] = [];
  const trpc = createTrpcClient({
    url,
    session,
    fetch: async (_input, init) => {
      sent.push(new Headers(init?.headers));
      return answer();
    },
  });
  const listProjects = () => settleTrpc(session, () => trpc.listProjects.query({ limit: 10 }));
  return { session, sent, listProjects };
}

describe('the tRPC client', () => {
  it("sends the handshake and the session's token on every batch", async () => {
    const { session, sent, listProjects } = trpcClient(() =>
      trpcAnswer(200, { result: { data: emptyPage } }),
    );
    expect(await listProjects()).toEqual({ ok: true, data: emptyPage });
    session.start(sessionFor('token-a'));
    await listProjects();
    expect(sent.map((headers) => headers.get('authorization'))).toEqual([null, 'Bearer token-a']);
    expect(sent[1]?.get(CONTRACT_VERSION_HEADER)).toBe(CONTRACT_VERSION);
    expect(sent[1]?.get(APP_VERSION_HEADER)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a 401 UNAUTHENTICATED: the ApiError as the result, and the session ended', async () => {
    const { session, listProjects } = trpcClient(() => trpcAnswer(401, trpcUnauthenticated));
    session.start(sessionFor('token-a'));
    expect(await listProjects()).toEqual({ ok: false, error: sessionEnded });
    expect(session.snapshot()).toEqual({ session: null, ended: 'expired' });
  });

  it('another error keeps the session', async () => {
    const notFound = { code: 'NOT_FOUND', message: 'No such project' };
    const { session, listProjects } = trpcClient(() =>
      trpcAnswer(404, {
        error: { code: -32004, message: 'x', data: { httpStatus: 404, apiError: notFound } },
      }),
    );
    session.start(sessionFor('token-a'));
    expect(await listProjects()).toEqual({ ok: false, error: notFound });
    expect(session.token()).toBe('token-a');
  });
});
