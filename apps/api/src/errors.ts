import {
  type ApiError,
  type ErrorCode,
  type ErrorDetail,
  type ErrorLocation,
  httpStatusOf,
} from '@acme/contract';
import { isDatabaseUnavailable } from './db/errors.js';

/**
 * A failure the API means to report: a stable code, a message safe to show to clients, and for
 * validation failures the fields at fault. Services and both transports throw only these; any
 * other error is an internal failure and leaves as INTERNAL without its message.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.statusCode = httpStatusOf[code];
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * The AppError a thrown value stands for, when it is one the API reports as such: an AppError
 * itself, or a database that cannot be reached (503 UNAVAILABLE: the client may retry, the
 * server is not broken). Undefined for anything else, which is an internal failure.
 */
export function knownError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return new AppError('UNAVAILABLE', 'The database is unavailable; retry later');
  }
  return undefined;
}

/** 426: the app sent a version older than the server still serves; it must be updated. */
export class UpdateRequiredError extends AppError {
  constructor(readonly minimumAppVersion: string) {
    super(
      'UPDATE_REQUIRED',
      `This app version is no longer supported; update to ${minimumAppVersion} or later`,
    );
  }

  override toApiError(): ApiError {
    return { ...super.toApiError(), minimumAppVersion: this.minimumAppVersion };
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist`);

/** Path segments as `a.0.b`: the form clients use to put an error next to a form field. */
export const dottedPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

interface IssueLike {
  readonly path?: readonly (PropertyKey | { key: PropertyKey })[] | undefined;
  readonly message: string;
}

const MAX_DETAILS = 100;
const MAX_TEXT = 500;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** Validation issues (Zod or Standard Schema) as details of one VALIDATION_FAILED error. */
export function issuesToDetails(
  issues: readonly IssueLike[],
  locate: (path: PropertyKey[]) => { location: ErrorLocation; path: PropertyKey[] },
): ErrorDetail[] {
  return issues.slice(0, MAX_DETAILS).map((issue) => {
    const raw = (issue.path ?? []).map((segment) =>
      typeof segment === 'object' && segment !== null ? segment.key : segment,
    );
    const where = locate(raw);
    return {
      location: where.location,
      path: clip(dottedPath(where.path)),
      message: clip(issue.message),
    };
  });
}

export function validationFailed(details: ErrorDetail[]): AppError {
  const fields = [...new Set(details.map((d) => `${d.location}${d.path ? `.${d.path}` : ''}`))];
  return new AppError('VALIDATION_FAILED', clip(`Invalid input: ${fields.join(', ')}`), details);
}

/**
 * A body that stopped arriving because the client closed its connection: Node reports it as
 * `aborted` with ECONNRESET, the code a lost database connection also has, so it must be told
 * apart before that check turns it into a logged 503.
 */
export const isClientAbort = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' && message === 'aborted';
};

/** Fastify's own error codes that stand for bad client input, and what each becomes. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_TYPE: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_TYPE: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_REQ_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
};

/** Other errors that carry an HTTP status (from plugins such as the rate limiter). */
const codeOfStatus: Partial<Record<number, ErrorCode>> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

const clientMessages: Partial<Record<ErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: 'The request body is larger than this server accepts',
  RATE_LIMITED: 'Too many requests; retry later',
  UNAVAILABLE: 'The service is temporarily unavailable',
  INTERNAL: 'An internal error occurred',
};

/**
 * Any thrown value as the shared error shape. Errors the server did not mean to report keep
 * their message only outside production, and never their stack.
 */
export function toApiError(error: unknown, production: boolean): ApiError {
  const known = knownError(error);
  if (known) return known.toApiError();
  const fields = (error ?? {}) as { code?: unknown; statusCode?: unknown; message?: unknown };
  const fastifyCode = typeof fields.code === 'string' ? fastifyCodes[fields.code] : undefined;
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : 500;
  const code: ErrorCode =
    fastifyCode ??
    codeOfStatus[status] ??
    (status >= 400 && status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL');
  const raw = typeof fields.message === 'string' ? fields.message : '';
  // Client errors from Fastify describe the request, not the server: safe in every mode.
  const safe = code !== 'INTERNAL' || !production;
  const message = clip((safe && raw) || clientMessages[code] || 'The request failed');
  // Unparseable or mistyped bodies fail as a whole: the detail points at the body itself.
  return code === 'VALIDATION_FAILED'
    ? { code, message, details: [{ location: 'body', path: '', message }] }
    : { code, message };
}
