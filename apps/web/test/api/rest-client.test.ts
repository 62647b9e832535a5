import { APP_VERSION_HEADER } from '@acme/client-ts';
import { describe, expect, it } from 'vitest';
import { createRestClient } from '../../src/api/rest-client';
import { json, memorySessionStore, sessionEnded, sessionFor } from './session-fixtures';

// The app's REST client over a scripted fetch: it must send the session's token and end the
// session on a 401 UNAUTHENTICATED (App then shows the log-in screen).
const baseUrl = 'http://app.test/api/v1';
const emptyPage = { items: [], nextCursor: null };

function restClient(respond: (request: Request) => Promise<Response>) {
  const session = memorySessionStore();
  const sent: Request[] = [];
  const client = createRestClient({
    baseUrl,
    session,
    fetch: (request) => {
      sent.push(request);
      return respond(request);
    },
  });
  return { client, session, sent };
}

describe('the REST client', () => {
  it("sends the session's token, and the one after a new log-in, as a bearer token", async () => {
    const { client, session, sent } = restClient(async () => json(200, emptyPage));
    await client.GET('/tasks');
    session.start(sessionFor('token-a'));
    await client.GET('/tasks');
    session.start(sessionFor('token-b'));
    await client.GET('/projects');
    expect(sent.map((request) => request.headers.get('authorization'))).toEqual([
      null,
      'Bearer token-a',
      'Bearer token-b',
    ]);
    expect(sent[0]?.headers.get(APP_VERSION_HEADER)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a 401 UNAUTHENTICATED ends the session it was sent with', async () => {
    const { client, session } = restClient(async () => json(401, sessionEnded));
    session.start(sessionFor('token-a'));
    const outcome = await client.GET('/tasks');
    expect(outcome.error).toEqual(sessionEnded);
    expect(session.snapshot()).toEqual({ session: null, ended: 'expired' });
  });

  it('a late 401 for an earlier session leaves the current one signed in', async () => {
    let answer: (response: Response) => void = () => {};
    const { client, session } = restClient(
      () => new Promise<Response>((resolve) => (answer = resolve)),
    );
    session.start(sessionFor('token-a'));
    const pending = client.GET('/tasks');
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    session.start(sessionFor('token-b'));
    answer(json(401, sessionEnded));
    await pending;
    expect(session.token()).toBe('token-b');
  });

  it('other errors (403, 404) keep the session', async () => {
    const { client, session } = restClient(async (request) =>
      request.method === 'POST'
        ? json(403, { code: 'FORBIDDEN', message: 'Only for yourself' })
        : json(404, { code: 'NOT_FOUND', message: 'No such task' }),
    );
    session.start(sessionFor('token-a'));
    await client.GET('/tasks/{taskId}', { params: { path: { taskId: 'x' } } });
    await client.POST('/projects', { body: { name: 'x', ownerId: 'someone-else' } });
    expect(session.token()).toBe('token-a');
  });
});
