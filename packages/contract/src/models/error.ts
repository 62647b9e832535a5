import { z } from 'zod';

/**
 * Stable machine-readable codes: clients switch on these, never on messages. UNAUTHENTICATED
 * (401) means "log in (again)": no, a malformed, an expired or a logged-out token, or wrong
 * credentials at log-in. FORBIDDEN (403): signed in, but this user may not do this.
 */
export const ErrorCode = z
  .enum([
    'NOT_FOUND',
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
    'RATE_LIMITED',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'REQUEST_TIMEOUT',
    'HEADERS_TOO_LARGE',
    'UPDATE_REQUIRED',
    'UNAVAILABLE',
    'INTERNAL',
  ])
  .meta({ id: 'ErrorCode' });
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The HTTP status each code leaves REST with. */
export const httpStatusOf = {
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  REQUEST_TIMEOUT: 408,
  HEADERS_TOO_LARGE: 431,
  UPDATE_REQUIRED: 426,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Readonly<Record<ErrorCode, number>>;

export const ErrorLocation = z.enum(['params', 'query', 'body']).meta({ id: 'ErrorLocation' });
export type ErrorLocation = z.infer<typeof ErrorLocation>;

/** One failed check of a validation error, e.g. `{ location: 'body', path: 'attachments.0.url' }`. */
export const ErrorDetail = z
  .object({
    location: ErrorLocation,
    /** Dotted path to the field inside its location; empty for the whole value. */
    path: z.string().max(500),
    message: z.string().max(500),
  })
  .meta({ id: 'ErrorDetail' });
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The one error shape of the API, on REST bodies and inside tRPC error data alike. */
export const ApiError = z
  .object({
    code: ErrorCode,
    message: z.string().max(1000),
    details: z.array(ErrorDetail).max(100).optional(),
    /** With UPDATE_REQUIRED: the oldest app version the server still serves. */
    minimumAppVersion: z.string().max(100).optional(),
  })
  .meta({
    id: 'ApiError',
    // Also cross-language vectors: both clients must read these exactly.
    examples: [
      {
        code: 'UPDATE_REQUIRED',
        message: 'This app version is no longer supported; update to 1.4.0 or later',
        minimumAppVersion: '1.4.0',
      },
      {
        code: 'UNAUTHENTICATED',
        message: 'Sign in to continue: the session has expired',
      },
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid input: body.title',
        details: [
          {
            location: 'body',
            path: 'title',
            message: 'Too big: expected string to have <=200 characters',
          },
        ],
      },
    ],
  });
export type ApiError = z.infer<typeof ApiError>;
