import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SessionStore } from '../../src/auth/session-store.js';
import { hashSessionToken } from '../../src/auth/session-token.js';
import { users } from '../../src/db/schema.js';
import { type BareTestApp, createBareTestApp } from '../helpers/test-server.js';

let test: BareTestApp;
let user: typeof users.$inferSelect;
beforeAll(async () => {
  test = await createBareTestApp({ SEED: 'never' });
  [user] = (await test.app.database.db
    .insert(users)
    .values({ email: 'store@example.com', displayName: 'Store' })
    .returning()) as [typeof users.$inferSelect];
});
afterAll(() => test.close());

const store = (cacheTtlMs = 60_000) =>
  new SessionStore(test.app.database.db, { ttlSeconds: 3600, cacheTtlMs, cacheMax: 100 });

/** Counts the store's database lookups (the cache's whole point is to skip them). */
const countLookups = (sessions: SessionStore) =>
  vi.spyOn(sessions as unknown as { lookUp: (hash: string) => Promise<unknown> }, 'lookUp');

describe('SessionStore', () => {
  it('asks the database once, then answers from memory without waiting', async () => {
    const sessions = store();
    const lookups = countLookups(sessions);
    const { token } = await sessions.open(user);
    const hash = hashSessionToken(token);
    expect(sessions.cached(hash)).toBeUndefined();
    expect((await sessions.find(hash))?.user.id).toBe(user.id);
    expect(sessions.cached(hash)?.user.email).toBe('store@example.com');
    await sessions.find(hash);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('looks a burst of calls with one new token up once', async () => {
    const sessions = store();
    const lookups = countLookups(sessions);
    const hash = hashSessionToken((await sessions.open(user)).token);
    const callers = await Promise.all(Array.from({ length: 20 }, () => sessions.find(hash)));
    expect(new Set(callers.map((caller) => caller?.sessionId)).size).toBe(1);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('forgets a closed session at once, also one a lookup was reading meanwhile', async () => {
    const sessions = store();
    const hash = hashSessionToken((await sessions.open(user)).token);
    const caller = await sessions.find(hash);
    // The log-out arrives while this store's lookup of the same token is still under way.
    const lookup = store().find(hash);
    const racing = sessions.find(hash);
    await sessions.close(caller as NonNullable<typeof caller>);
    await Promise.all([lookup, racing]);
    expect(sessions.cached(hash)).toBeUndefined();
    expect(await sessions.find(hash)).toBeUndefined();
  });

  it('does not cache what a lookup read just before the log-out deleted it', async () => {
    const sessions = store();
    const hash = hashSessionToken((await sessions.open(user)).token);
    const caller = await store().find(hash); // another instance's view of the session
    const inFlight = sessions.find(hash); // the query is sent before the delete below
    await sessions.close(caller as NonNullable<typeof caller>);
    expect(await inFlight).toBeUndefined();
    expect(sessions.cached(hash)).toBeUndefined();
  });

  it('with a cache TTL of 0 asks the database every time', async () => {
    const sessions = store(0);
    const lookups = countLookups(sessions);
    const hash = hashSessionToken((await sessions.open(user)).token);
    await sessions.find(hash);
    await sessions.find(hash);
    expect(lookups).toHaveBeenCalledTimes(2);
    expect(sessions.cached(hash)).toBeUndefined();
  });

  it('never serves a session past its end, even from memory', async () => {
    const sessions = store();
    const hash = hashSessionToken((await sessions.open(user)).token);
    const caller = await sessions.find(hash);
    const end = (caller as NonNullable<typeof caller>).expiresAt.getTime();
    expect(sessions.cached(hash, end - 1)).toBeDefined();
    expect(sessions.cached(hash, end)).toBeUndefined();
  });
});
