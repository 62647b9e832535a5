import type { Session } from '../../src/api/types';
import { createSessionStore, type SessionStorageLike } from '../../src/auth/session-store';

export const sessionFor = (token: string): Session => ({
  token,
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: {
    id: '7b0c4f56-0b38-4c8e-9f0e-0f3f0c1f5a10',
    email: 'demo@example.com',
    displayName: 'Demo User',
    avatarUrl: null,
    createdAt: '2026-12-04T12:00:00.000Z',
  },
});

/** A session store over an in-memory storage. */
export function memorySessionStore() {
  const items = new Map<string, string>();
  const storage: SessionStorageLike = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return createSessionStore(() => storage);
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API's answer to a call with a logged-out or expired token. */
export const sessionEnded = {
  code: 'UNAUTHENTICATED',
  message: 'Sign in to continue: the session has expired or was logged out',
} as const;
