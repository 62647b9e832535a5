import type { Authenticate } from '../../src/auth/authenticate.js';
import { SessionStore } from '../../src/auth/session-store.js';
import { SignInLimiter } from '../../src/auth/sign-in-limiter.js';
import type { Database } from '../../src/db/database.js';
import type { OperationContext } from '../../src/operations.js';

/**
 * What the REST or tRPC plugin needs when a test registers it on a bare Fastify (no
 * buildServer): real auth services on the database, and an authenticator that lets every
 * signed-in call through as one fixed user (tests of something else than signing in).
 */
export function standaloneAuth(database: Database): {
  context: OperationContext;
  authenticate: Authenticate;
} {
  const sessions = new SessionStore(database.db, { ttlSeconds: 3600, cacheTtlMs: 0, cacheMax: 1 });
  const limiter = new SignInLimiter({ perAccount: 10, perAddress: 100, windowMs: 60_000 });
  return {
    context: { database, auth: { sessions, limiter } },
    authenticate: () => ({
      user: {
        id: '00000000-0000-4000-8000-000000000001',
        email: 'standalone@example.com',
        displayName: 'Standalone',
        avatarUrl: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      sessionId: '00000000-0000-4000-8000-000000000002',
      tokenHash: '0'.repeat(64),
      expiresAt: new Date(Date.now() + 3_600_000),
    }),
  };
}
