import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/api/types';
import {
  createSessionStore,
  SESSION_KEY,
  type SessionStorageLike,
} from '../../src/auth/session-store';

const NOW = Date.parse('2026-12-04T12:00:00.000Z');

const sessionFor = (token: string, expiresAt = '2027-01-03T12:00:00.000Z'): Session => ({
  token,
  expiresAt,
  user: {
    id: '7b0c4f56-0b38-4c8e-9f0e-0f3f0c1f5a10',
    email: 'demo@example.com',
    displayName: 'Demo User',
    avatarUrl: null,
    createdAt: '2026-12-04T12:00:00.000Z',
  },
});

/** A Storage over a Map (what sessionStorage does, minus the browser). */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: SessionStorageLike = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items };
}

const storeOver = (storage: SessionStorageLike | undefined) =>
  createSessionStore(
    () => storage,
    () => NOW,
  );

describe('the session store', () => {
  it('starts signed out, keeps a started session in storage and sends its token', () => {
    const { storage, items } = memoryStorage();
    const store = storeOver(storage);
    expect(store.snapshot()).toEqual({ session: null, ended: 'none' });
    expect(store.token()).toBeUndefined();
    store.start(sessionFor('token-a'));
    expect(store.token()).toBe('token-a');
    expect(JSON.parse(items.get(SESSION_KEY) ?? 'null')).toEqual(sessionFor('token-a'));
  });

  it('reads the session back after a reload (a new store over the same storage)', () => {
    const { storage } = memoryStorage();
    storeOver(storage).start(sessionFor('token-a'));
    const reloaded = storeOver(storage);
    expect(reloaded.token()).toBe('token-a');
    expect(reloaded.snapshot().session?.user.displayName).toBe('Demo User');
  });

  it('drops a stored session that has expired or is not one', () => {
    for (const raw of [
      JSON.stringify(sessionFor('old', '2026-12-04T11:59:59.000Z')),
      '{not json',
      JSON.stringify({ token: 42 }),
      JSON.stringify({ ...sessionFor('x'), expiresAt: 'soon' }),
    ]) {
      const { storage, items } = memoryStorage({ [SESSION_KEY]: raw });
      expect(storeOver(storage).snapshot()).toEqual({ session: null, ended: 'none' });
      expect(items.has(SESSION_KEY)).toBe(false);
    }
  });

  it('log-out clears storage and says so', () => {
    const { storage, items } = memoryStorage();
    const store = storeOver(storage);
    store.start(sessionFor('token-a'));
    store.logOut();
    expect(store.snapshot()).toEqual({ session: null, ended: 'logged-out' });
    expect(store.token()).toBeUndefined();
    expect(items.size).toBe(0);
  });

  it('a 401 for the current token ends the session as expired', () => {
    const { storage, items } = memoryStorage();
    const store = storeOver(storage);
    store.start(sessionFor('token-a'));
    store.expire('token-a');
    expect(store.snapshot()).toEqual({ session: null, ended: 'expired' });
    expect(items.size).toBe(0);
  });

  it('a 401 for an older token, or for a call made signed out, leaves a newer session alone', () => {
    const store = storeOver(memoryStorage().storage);
    store.start(sessionFor('token-b'));
    store.expire('token-a');
    store.expire(undefined);
    expect(store.token()).toBe('token-b');
  });

  it('tells subscribers of each change, with a snapshot that stays the same object between', () => {
    const store = storeOver(memoryStorage().storage);
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.snapshot()));
    const before = store.snapshot();
    expect(store.snapshot()).toBe(before);
    store.start(sessionFor('token-a'));
    store.expire('other');
    store.expire('token-a');
    unsubscribe();
    store.start(sessionFor('token-c'));
    expect(seen).toEqual([{ session: sessionFor('token-a') }, { session: null, ended: 'expired' }]);
  });

  it('works in memory when storage is unavailable or throws', () => {
    const throwing: SessionStorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const storage of [undefined, throwing]) {
      const store = storeOver(storage);
      store.start(sessionFor('token-a'));
      expect(store.token()).toBe('token-a');
      store.logOut();
      expect(store.token()).toBeUndefined();
    }
  });
});
