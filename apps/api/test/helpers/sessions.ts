import { randomUUID } from 'node:crypto';
import { REST_PREFIX, type Session } from '@acme/contract';
import { hashSessionToken, newSessionToken } from '../../src/auth/session-token.js';
import { sessions } from '../../src/db/schema.js';
import { DEMO_ACCOUNT } from '../../src/db/seed.js';
import type { AppServer } from '../../src/index.js';

/** Registers a new account through the API (the real password hashing) and returns its session. */
export async function registerUser(app: AppServer, name = 'user'): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/auth/register`,
    headers: { authorization: '' },
    payload: {
      email: `${name}-${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      displayName: name,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`register: ${response.statusCode} ${response.body}`);
  return response.json<Session>();
}

/**
 * A session written straight to the database (no log-in, no rate limit): a fresh one per call
 * that ends a session, or one that has already expired.
 */
export async function mintSession(
  app: AppServer,
  userId: string,
  expiresAt = new Date(Date.now() + 3_600_000),
): Promise<string> {
  const token = newSessionToken();
  await app.database.db
    .insert(sessions)
    .values({ userId, tokenHash: hashSessionToken(token), expiresAt });
  return token;
}

export const bearer = (token: string) => `Bearer ${token}`;

/** Logs in as the demo account over HTTP (a spawned server): the Authorization header value. */
export async function demoAuthorization(apiBase: string): Promise<string> {
  const response = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  if (response.status !== 200)
    throw new Error(`log-in: ${response.status} ${await response.text()}`);
  return bearer(((await response.json()) as Session).token);
}
