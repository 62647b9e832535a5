import { and, eq, lt } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/database.js';
import { sessions, type UserRow, users } from '../db/schema.js';
import { toUser } from '../services/users.js';
import type { Caller } from './caller.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

export interface SessionStoreOptions {
  /** How long a session lasts from log-in. */
  ttlSeconds: number;
  /**
   * How long a looked-up session is served from memory (0: never). Logging out in this process
   * drops it at once; another instance behind the same balancer may serve a logged-out token
   * for up to this long (docs/OPERATIONS.md).
   */
  cacheTtlMs: number;
  /** Sessions kept in memory at most (least recently used go first). */
  cacheMax: number;
}

/**
 * Sessions in the database, with a bounded in-process cache in front of the lookup, so a
 * signed-in request does not pay a database round trip each time.
 */
export class SessionStore {
  private readonly cache: LRUCache<string, Caller> | undefined;
  /** Lookups under way: a burst of calls with one uncached token asks the database once. */
  private readonly pending = new Map<string, Promise<Caller | undefined>>();
  /**
   * Tokens logged out here lately: a lookup that read the session just before the log-out
   * deleted it must not put it back in the cache.
   */
  private readonly closed: LRUCache<string, true>;

  constructor(
    private readonly db: Db,
    private readonly options: SessionStoreOptions,
  ) {
    this.cache =
      options.cacheTtlMs > 0
        ? new LRUCache<string, Caller>({ max: options.cacheMax, ttl: options.cacheTtlMs })
        : undefined;
    this.closed = new LRUCache<string, true>({
      max: options.cacheMax,
      ttl: Math.max(options.cacheTtlMs, 1000),
    });
  }

  /** Opens a session for the user; the token is returned once and stored only as its hash. */
  async open(user: UserRow): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.options.ttlSeconds * 1000);
    // A log-in also clears the user's expired sessions: the table holds live ones and a few.
    await this.db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, new Date())));
    await this.db
      .insert(sessions)
      .values({ userId: user.id, tokenHash: hashSessionToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** The caller a cached token stands for, without waiting; undefined when not cached. */
  cached(tokenHash: string, now = Date.now()): Caller | undefined {
    const caller = this.cache?.get(tokenHash);
    if (caller === undefined) return undefined;
    if (caller.expiresAt.getTime() > now) return caller;
    this.cache?.delete(tokenHash);
    return undefined;
  }

  /** The caller of a live session with this token hash, or undefined (unknown or expired). */
  async find(tokenHash: string): Promise<Caller | undefined> {
    const cached = this.cached(tokenHash);
    if (cached) return cached;
    const pending = this.pending.get(tokenHash);
    if (pending) return pending;
    const lookup = this.lookUp(tokenHash).finally(() => this.pending.delete(tokenHash));
    this.pending.set(tokenHash, lookup);
    return lookup;
  }

  private async lookUp(tokenHash: string): Promise<Caller | undefined> {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row || row.session.expiresAt.getTime() <= Date.now()) return undefined;
    if (this.closed.has(tokenHash)) return undefined;
    const caller: Caller = {
      user: toUser(row.user),
      sessionId: row.session.id,
      tokenHash,
      expiresAt: row.session.expiresAt,
    };
    // Never cached past the session's own end.
    const ttl = Math.min(this.options.cacheTtlMs, row.session.expiresAt.getTime() - Date.now());
    if (ttl > 0) this.cache?.set(tokenHash, caller, { ttl });
    return caller;
  }

  /** Ends the caller's session: its token fails from now on, in this process at once. */
  async close(caller: Caller): Promise<void> {
    this.closed.set(caller.tokenHash, true);
    this.cache?.delete(caller.tokenHash);
    await this.db.delete(sessions).where(eq(sessions.id, caller.sessionId));
  }
}
