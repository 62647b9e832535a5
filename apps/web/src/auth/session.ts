import { useSyncExternalStore } from 'react';
import { createSessionStore, type SessionState } from './session-store';

/**
 * The app's session, kept in sessionStorage rather than localStorage or memory alone:
 * - it survives a reload (F5, the update prompt's "Reload"), so the user is not sent back to
 *   log in for it;
 * - it is per tab and gone when the tab closes, so a bearer token that lasts 30 days is not left
 *   behind on a shared computer, and each tab can be signed in as someone else;
 * - unlike a cookie, the browser never sends it by itself: a request carries it only when this
 *   app adds the header, so other sites cannot make requests with it (no CSRF).
 * Like any script-readable storage it is exposed to an XSS in this origin; an httpOnly cookie
 * would not be, but the contract's sessions are bearer tokens, the same for the Flutter app.
 */
export const session = createSessionStore(() => window.sessionStorage);

/** The session state, re-rendering on log-in, log-out and any 401 from the REST or tRPC client. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot, session.snapshot);
}
