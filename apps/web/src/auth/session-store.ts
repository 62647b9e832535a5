import type { Session } from '../api/types';

/** Why there is no session: never signed in, logged out, or the API stopped accepting the token. */
export type SessionEnd = 'none' | 'logged-out' | 'expired';

/** What the app renders from: the signed-in session, or why there is none. */
export type SessionState =
  | { session: Session; ended?: undefined }
  | { session: null; ended: SessionEnd };

/** The part of the Web Storage API the store uses (sessionStorage in the app, a map in tests). */
export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionStore {
  /** The current state; the same object until it changes (for useSyncExternalStore). */
  snapshot(): SessionState;
  /** The token to send as `Authorization: Bearer`, if signed in. */
  token(): string | undefined;
  /** Keeps the session from logIn (or register) and tells every subscriber. */
  start(session: Session): void;
  /** Forgets the session after the user logged out. */
  logOut(): void;
  /**
   * A call sent with `token` was answered 401 UNAUTHENTICATED: the session is over, unless a
   * newer one has started since (a late answer to a request of an earlier session, or of a
   * request sent before signing in, changes nothing).
   */
  expire(token: string | undefined): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const SESSION_KEY = 'tether.session';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A stored session that is still usable: the shape logIn returned, not past its expiry. */
function readStored(raw: string | null, now: number): Session | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    typeof value.token !== 'string' ||
    typeof value.expiresAt !== 'string' ||
    !isRecord(value.user) ||
    typeof value.user.id !== 'string'
  ) {
    return null;
  }
  const expiresAt = Date.parse(value.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt <= now) return null;
  return value as unknown as Session;
}

/**
 * The signed-in session, kept in `storage` so that a reload keeps the user signed in. Storage
 * that cannot be used (disabled, full, a privacy mode) leaves the session in memory only: the
 * user then signs in again after a reload, nothing breaks.
 */
export function createSessionStore(
  storage: () => SessionStorageLike | undefined,
  now: () => number = Date.now,
): SessionStore {
  const listeners = new Set<() => void>();
  let state: SessionState | undefined;

  const attempt = <T>(use: (store: SessionStorageLike) => T): T | undefined => {
    try {
      const store = storage();
      return store === undefined ? undefined : use(store);
    } catch {
      return undefined;
    }
  };

  const current = (): SessionState => {
    if (state === undefined) {
      const stored = readStored(attempt((store) => store.getItem(SESSION_KEY)) ?? null, now());
      if (stored === null) attempt((store) => store.removeItem(SESSION_KEY));
      state = stored === null ? { session: null, ended: 'none' } : { session: stored };
    }
    return state;
  };

  const change = (next: SessionState) => {
    state = next;
    if (next.session === null) attempt((store) => store.removeItem(SESSION_KEY));
    else attempt((store) => store.setItem(SESSION_KEY, JSON.stringify(next.session)));
    for (const listener of [...listeners]) listener();
  };

  return {
    snapshot: current,
    token: () => current().session?.token,
    start: (session) => change({ session }),
    logOut: () => change({ session: null, ended: 'logged-out' }),
    expire(token) {
      const { session } = current();
      if (session === null || token === undefined || token !== session.token) return;
      change({ session: null, ended: 'expired' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
