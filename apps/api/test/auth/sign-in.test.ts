import { createHash } from 'node:crypto';
import { REST_PREFIX, type Session } from '@acme/contract';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/db/schema.js';
import { DEMO_ACCOUNT } from '../../src/db/seed.js';
import { bearer, mintSession } from '../helpers/sessions.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

const anonymous = { authorization: '' };
const PASSWORD = 'a long enough password';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({ RATE_LIMIT_ENABLED: 'false' });
});
afterAll(() => test.close());

const post = (
  path: string,
  payload: Record<string, unknown> | undefined,
  headers: Record<string, string> = anonymous,
) =>
  test.app.inject({
    method: 'POST',
    url: `${REST_PREFIX}${path}`,
    headers,
    ...(payload && { payload }),
  });
const get = (path: string, authorization: string) =>
  test.app.inject({ url: `${REST_PREFIX}${path}`, headers: { authorization } });

let counter = 0;
const freshEmail = () => `person-${Date.now()}-${counter++}@example.com`;

describe('register, log in, who am I, log out', () => {
  it('runs the whole flow, REST', async () => {
    const email = freshEmail();
    const registered = await post('/auth/register', {
      email,
      password: PASSWORD,
      displayName: 'P',
    });
    expect(registered.statusCode).toBe(201);
    const session = registered.json<Session>();
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await get('/auth/me', bearer(session.token))).json()).toEqual(session.user);

    const loggedIn = await post('/auth/login', { email: email.toUpperCase(), password: PASSWORD });
    expect(loggedIn.statusCode, 'log-in ignores the letter case of the address').toBe(200);
    const second = loggedIn.json<Session>();
    expect(second.token).not.toBe(session.token);

    expect(
      (await post('/auth/logout', undefined, { authorization: bearer(second.token) })).statusCode,
    ).toBe(204);
    // Logged out: refused at once, although the session was cached by the call before.
    const after = await get('/auth/me', bearer(second.token));
    expect(after.statusCode).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer realm="api"');
    expect(after.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The other session of the same user lives on.
    expect((await get('/auth/me', bearer(session.token))).statusCode).toBe(200);
  });

  it('runs over tRPC with the same sessions', async () => {
    const registered = await test.app.inject({
      method: 'POST',
      url: '/trpc/register',
      headers: anonymous,
      payload: { body: { email: freshEmail(), password: PASSWORD, displayName: 'T' } },
    });
    expect(registered.statusCode).toBe(200);
    const session = registered.json().result.data as Session;
    const me = await test.app.inject({
      url: '/trpc/getCurrentUser',
      headers: { authorization: bearer(session.token) },
    });
    expect(me.json().result.data).toEqual(session.user);
    const anonymousMe = await test.app.inject({ url: '/trpc/getCurrentUser', headers: anonymous });
    expect(anonymousMe.statusCode).toBe(401);
    expect(anonymousMe.headers['www-authenticate']).toBe('Bearer realm="api"');
    expect(anonymousMe.json().error.data.apiError.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a second account for the same address, whatever its letter case', async () => {
    const email = freshEmail();
    await post('/auth/register', { email, password: PASSWORD, displayName: 'A' });
    const again = await post('/auth/register', {
      email: email.replace('person', 'PERSON'),
      password: PASSWORD,
      displayName: 'B',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONFLICT' });
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await post('/auth/login', { email: DEMO_ACCOUNT.email, password: 'not it' });
    const unknown = await post('/auth/login', { email: freshEmail(), password: 'not it' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('refuses a session past its expiry, even one the server has cached', async () => {
    const [demo] = await test.app.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_ACCOUNT.email));
    const expiresAt = new Date(Date.now() + 1500);
    const token = await mintSession(test.app, (demo as { id: string }).id, expiresAt);
    expect((await get('/auth/me', bearer(token))).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
    expect((await get('/auth/me', bearer(token))).statusCode).toBe(401);
  });
});

describe('secrets', () => {
  it('keeps only a hash of each token, and an Argon2id hash of each password', async () => {
    const session = (
      await post('/auth/register', { email: freshEmail(), password: PASSWORD, displayName: 'S' })
    ).json<Session>();
    const [row] = await test.app.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, session.user.id));
    expect(row?.tokenHash).toBe(createHash('sha256').update(session.token).digest('hex'));
    const [user] = await test.app.database.db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, session.user.id));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(PASSWORD);
  });

  it('are never serialised: no response of any user-facing route carries a hash or the password', async () => {
    const registered = await post('/auth/register', {
      email: freshEmail(),
      password: PASSWORD,
      displayName: 'Secretive',
    });
    const session = registered.json<Session>();
    const tokenHash = createHash('sha256').update(session.token).digest('hex');
    const authorization = bearer(session.token);
    const input = encodeURIComponent(JSON.stringify({ userId: session.user.id }));
    const bodies = [
      registered.body,
      (await post('/auth/login', { email: session.user.email, password: PASSWORD })).body,
      (await get('/auth/me', authorization)).body,
      (await get('/users?limit=100', authorization)).body,
      (await get(`/users/${session.user.id}`, authorization)).body,
      (await test.app.inject({ url: '/trpc/getCurrentUser', headers: { authorization } })).body,
      (await test.app.inject({ url: '/trpc/listUsers', headers: { authorization } })).body,
      (await test.app.inject({ url: `/trpc/getUser?input=${input}`, headers: { authorization } }))
        .body,
    ];
    for (const body of bodies) {
      expect(body).not.toContain('$argon2');
      expect(body).not.toContain(PASSWORD);
      expect(body).not.toContain(tokenHash);
      expect(body).not.toMatch(/password|tokenHash|token_hash/i);
    }
  });
});

describe('log-in rate limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({
      RATE_LIMIT_ENABLED: 'false',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: '6',
    });
  });
  afterAll(() => limited.close());

  const logIn = (password: string, remoteAddress: string, email: string = DEMO_ACCOUNT.email) =>
    limited.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/auth/login`,
      headers: anonymous,
      remoteAddress,
      payload: { email, password },
    });

  it('per account: from any address, even with the right password; a success clears the count', async () => {
    expect((await logIn('wrong', '10.0.0.1')).statusCode).toBe(401);
    expect((await logIn(DEMO_ACCOUNT.password, '10.0.0.2')).statusCode).toBe(200);
    for (const address of ['10.0.0.3', '10.0.0.4', '10.0.0.5']) {
      expect((await logIn('wrong', address)).statusCode).toBe(401);
    }
    const refused = await logIn(DEMO_ACCOUNT.password, '10.0.0.6');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.json().message).toMatch(/this account; try again in 15 minutes/);
  });

  it('per address: whatever accounts it tries', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await logIn('wrong', '10.0.1.1', `someone-${i}@example.com`)).statusCode).toBe(401);
    }
    const refused = await logIn('wrong', '10.0.1.1', 'someone-else@example.com');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().message).toMatch(/from this address/);
    // Another address is not affected.
    expect((await logIn('wrong', '10.0.1.2', 'someone-else@example.com')).statusCode).toBe(401);
  });
});
