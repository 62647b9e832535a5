import type { ApiError } from './generated/models.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * True for a body in the API's one error shape. Checked loosely on purpose: a client must keep
 * working when the server adds error codes or fields later.
 */
export function isApiError(value: unknown): value is ApiError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    (value.details === undefined || Array.isArray(value.details))
  );
}

/**
 * A failed call. `apiError` is always in the shared ApiError shape: the server's own body when
 * it sent one, otherwise a stand-in (a proxy's HTML error page, a dropped connection).
 */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  readonly status: number | undefined;
  readonly apiError: ApiError;

  constructor(apiError: ApiError, status?: number) {
    super(`${apiError.code}: ${apiError.message}`);
    this.apiError = apiError;
    this.status = status;
  }
}

/** Any error body (or network failure) as an ApiError. */
export function toApiError(body: unknown, status?: number): ApiError {
  if (isApiError(body)) return body;
  if (body instanceof Error) return { code: 'UNAVAILABLE', message: body.message };
  const unreachable = status === undefined || (status >= 502 && status <= 504);
  return {
    code: unreachable ? 'UNAVAILABLE' : 'INTERNAL',
    message: status === undefined ? 'The request failed' : `The request failed (HTTP ${status})`,
  };
}

/**
 * The server no longer serves this app version (426 UPDATE_REQUIRED): the app must be updated
 * (a web app: reloaded) before it can go on. `minimumAppVersion` is the oldest one it serves.
 */
export class UpdateRequiredError extends ApiRequestError {
  override name = 'UpdateRequiredError';
  readonly minimumAppVersion: string | undefined;

  constructor(apiError: ApiError, status?: number) {
    super(apiError, status);
    this.minimumAppVersion = apiError.minimumAppVersion;
  }
}

/**
 * The call needs a signed-in user and has none (401 UNAUTHENTICATED): no token, a malformed, an
 * expired or a logged-out one, or wrong credentials at log-in. For an app it means "log in
 * (again)": drop the stored token and show the log-in screen. The message says which case it is
 * and may be shown as it is.
 */
export class UnauthenticatedError extends ApiRequestError {
  override name = 'UnauthenticatedError';
}

/** True for the ApiError of a 401 UNAUTHENTICATED (see UnauthenticatedError). */
export const isUnauthenticated = (apiError: ApiError): boolean =>
  apiError.code === 'UNAUTHENTICATED';

/**
 * The error a failed call ends with: UpdateRequiredError for UPDATE_REQUIRED,
 * UnauthenticatedError for UNAUTHENTICATED, else ApiRequestError (all of them ApiRequestErrors).
 */
export function requestError(apiError: ApiError, status?: number): ApiRequestError {
  if (apiError.code === 'UPDATE_REQUIRED') return new UpdateRequiredError(apiError, status);
  if (isUnauthenticated(apiError)) return new UnauthenticatedError(apiError, status);
  return new ApiRequestError(apiError, status);
}
