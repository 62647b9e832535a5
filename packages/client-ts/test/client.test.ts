import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  ApiRequestError,
  createApiClient,
  UnauthenticatedError,
  type UnauthenticatedEvent,
  unwrap,
} from '../src/index.js';

// createApiClient's sign-in plumbing over a scripted fetch: what each request carries, and what a
// 401 UNAUTHENTICATED turns into. (every-operation.test.ts runs the same against the real API.)
const baseUrl = 'http://api.test/api/v1';
const sessionEnded: ApiError = {
  code: 'UNAUTHENTICATED',
  message: 'Sign in to continue: the session has expired or was logged out',
};
const user = {
  id: '7b0c4f56-0b38-4c8e-9f0e-0f3f0c1f5a10',
  email: 'demo@example.com',
  displayName: 'Demo User',
  avatarUrl: null,
  createdAt: '2026-12-04T12:00:00.000Z',
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A client whose fetch records each request and answers with the next scripted response. */
function scripted(
  answers: Response[],
  options: Omit<Parameters<typeof createApiClient>[0], 'baseUrl' | 'fetch'> = {},
) {
  const requests: Request[] = [];
  const client = createApiClient({
    ...options,
    baseUrl,
    fetch: async (request) => {
      requests.push(request);
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${request.method} ${request.url}`);
      return answer;
    },
  });
  return { client, requests };
}

describe('the auth option', () => {
  it('sends the token it returns as a bearer token, asking again for every request', async () => {
    let token: string | undefined = 'first-token';
    const { client, requests } = scripted([json(200, user), json(200, user), json(200, user)], {
      auth: () => token,
    });
    await unwrap(client.GET('/auth/me'));
    token = 'second-token';
    await unwrap(client.GET('/auth/me'));
    token = undefined;
    await unwrap(client.GET('/auth/me'));
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first-token',
      'Bearer second-token',
      null,
    ]);
  });

  it('waits for a token provider that answers asynchronously', async () => {
    const { client, requests } = scripted([json(200, user)], {
      auth: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return 'late-token';
      },
    });
    await unwrap(client.GET('/auth/me'));
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer late-token');
  });

  it('sends the token on signed-in operations only, and does not ask for it on public ones', async () => {
    let asked = 0;
    const { client, requests } = scripted([json(200, { status: 'ok' }), json(200, user)], {
      auth: () => {
        asked += 1;
        return 'secret-token';
      },
    });
    await client.GET('/health');
    await client.GET('/auth/me');
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      null,
      'Bearer secret-token',
    ]);
    expect(asked).toBe(1);
  });
});

describe('a 401 UNAUTHENTICATED', () => {
  it('unwrap throws UnauthenticatedError, an ApiRequestError with the server message', async () => {
    const { client } = scripted([json(401, sessionEnded)], { auth: () => 'expired-token' });
    const error = await unwrap(client.GET('/auth/me')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as UnauthenticatedError).status).toBe(401);
    expect((error as UnauthenticatedError).apiError).toEqual(sessionEnded);
    expect((error as UnauthenticatedError).name).toBe('UnauthenticatedError');
  });

  it('calls onUnauthenticated with the token the request carried, once per answer', async () => {
    const events: UnauthenticatedEvent[] = [];
    const { client } = scripted([json(401, sessionEnded)], {
      auth: () => 'expired-token',
      onUnauthenticated: (event) => events.push(event),
    });
    const outcome = await client.GET('/projects');
    expect(events).toHaveLength(1);
    expect(events[0]?.token).toBe('expired-token');
    expect(events[0]?.error).toBeInstanceOf(UnauthenticatedError);
    expect(events[0]?.error.apiError).toEqual(sessionEnded);
    expect(new URL(events[0]?.request.url ?? '').pathname).toBe('/api/v1/projects');
    // The hook reads a copy: the caller still gets the body.
    expect(outcome.error).toEqual(sessionEnded);
  });

  it('tells a request sent without a token apart (logIn with a wrong password)', async () => {
    const events: UnauthenticatedEvent[] = [];
    const wrong = { code: 'UNAUTHENTICATED', message: 'Wrong email or password' } as const;
    const { client } = scripted([json(401, wrong)], {
      auth: () => undefined,
      onUnauthenticated: (event) => events.push(event),
    });
    const outcome = await client.POST('/auth/login', {
      body: { email: 'demo@example.com', password: 'nope' },
    });
    expect(outcome.error).toEqual(wrong);
    expect(events.map((event) => event.token)).toEqual([undefined]);
  });

  it('is the only answer that calls it: not 403, 404, 429, nor a 401 of another shape', async () => {
    const events: UnauthenticatedEvent[] = [];
    const { client } = scripted(
      [
        json(403, { code: 'FORBIDDEN', message: 'Not yours' }),
        json(404, { code: 'NOT_FOUND', message: 'No such project' }),
        json(429, { code: 'RATE_LIMITED', message: 'Too many attempts' }),
        new Response('<html>proxy login</html>', { status: 401 }),
        json(200, user),
      ],
      { auth: () => 'token', onUnauthenticated: (event) => events.push(event) },
    );
    const projectId = '00000000-0000-4000-8000-000000000000';
    await client.POST('/projects', { body: { name: 'x', ownerId: projectId } });
    await client.GET('/projects/{projectId}', { params: { path: { projectId } } });
    const limited = await unwrap(
      client.POST('/auth/login', { body: { email: 'a@example.com', password: 'x' } }),
    ).catch((thrown: unknown) => thrown);
    expect(limited).not.toBeInstanceOf(UnauthenticatedError);
    const proxy = await unwrap(client.GET('/auth/me')).catch((thrown: unknown) => thrown);
    expect(proxy).toBeInstanceOf(ApiRequestError);
    expect(proxy).not.toBeInstanceOf(UnauthenticatedError);
    await unwrap(client.GET('/auth/me'));
    expect(events).toEqual([]);
  });
});
