import { AppError } from '../errors.js';
import type { Caller } from './caller.js';
import type { SessionStore } from './session-store.js';
import { hashSessionToken, readBearer } from './session-token.js';

/** The one 401 message for an unknown, expired or logged-out token: they are not told apart. */
const SESSION_ENDED = 'Sign in to continue: the session has expired or was logged out';

/**
 * The caller an `Authorization` header stands for, or a 401 UNAUTHENTICATED. Answers without
 * waiting when the session is cached (REST's hook then continues in the same tick), otherwise
 * with a promise of the database lookup.
 */
export type Authenticate = (authorization: string | undefined) => Caller | Promise<Caller>;

export function authenticator(sessions: SessionStore): Authenticate {
  return (authorization) => {
    const bearer = readBearer(authorization);
    if (bearer.kind === 'missing') {
      throw new AppError(
        'UNAUTHENTICATED',
        'Sign in to continue: this operation needs an Authorization: Bearer <token> header',
      );
    }
    if (bearer.kind === 'malformed') {
      throw new AppError(
        'UNAUTHENTICATED',
        'The Authorization header must be "Bearer <token>" with the token from log-in',
      );
    }
    const tokenHash = hashSessionToken(bearer.token);
    const cached = sessions.cached(tokenHash);
    if (cached) return cached;
    return sessions.find(tokenHash).then((caller) => {
      if (!caller) throw new AppError('UNAUTHENTICATED', SESSION_ENDED);
      return caller;
    });
  };
}
