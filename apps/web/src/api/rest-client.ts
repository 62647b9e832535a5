import { type ApiClient, createApiClient } from '@acme/client-ts';
import type { SessionStore } from '../auth/session-store';
import { APP_VERSION } from './update-required';

export interface RestClientOptions {
  /** Where the REST API is mounted (`/api/v1` of the app's own origin). */
  baseUrl: string;
  session: SessionStore;
  /** A fetch implementation (tests); the browser's by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * The generated client as the app uses it: the handshake headers, the session's token on every
 * call, and any 401 UNAUTHENTICATED ending the session it was sent with (the app then shows the
 * log-in screen).
 */
export function createRestClient({ baseUrl, session, fetch }: RestClientOptions): ApiClient {
  return createApiClient({
    baseUrl,
    appVersion: APP_VERSION,
    auth: () => session.token(),
    onUnauthenticated: ({ token }) => session.expire(token),
    ...(fetch ? { fetch } : {}),
  });
}
