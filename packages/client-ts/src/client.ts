import createClient, { type Client } from 'openapi-fetch';
import {
  isApiError,
  isUnauthenticated,
  requestError,
  toApiError,
  UnauthenticatedError,
} from './api-error.js';
import {
  APP_VERSION_HEADER,
  CONTRACT_VERSION,
  CONTRACT_VERSION_HEADER,
} from './generated/client-info.js';
import type { paths } from './generated/openapi.js';
import { operations } from './generated/operations.js';

export interface ApiClientOptions {
  /** Where the REST API is mounted, e.g. `https://api.example.com/api/v1`. */
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * This app's version (e.g. the web app's build version), sent as `x-app-version` so that the
   * server can tell a retired version to update (426, UpdateRequiredError). With the contract
   * version this client was generated from, sent on every request.
   */
  appVersion?: string;
  /**
   * Called before every request; a returned token (a Session's `token`, from logIn or register)
   * is sent as `Authorization: Bearer <token>`. A function rather than a value so that a new
   * token (after a log-in, or none after a log-out) is picked up without a new client. Asked for
   * and sent only on the operations the contract declares signed-in (the generated operation
   * table, as the Dart client does): a public call never carries the credential, so it cannot
   * leak to a log, a proxy or a third-party mount of a public route.
   */
  auth?: () => string | undefined | Promise<string | undefined>;
  /**
   * Called on every 401 UNAUTHENTICATED answer, before the call resolves: the one place an app
   * sends its user back to log in, whichever call found out that the session is gone. See
   * UnauthenticatedEvent.
   */
  onUnauthenticated?: (event: UnauthenticatedEvent) => void;
  /** A fetch implementation (tests, React Native, instrumented fetch). Defaults to the global. */
  fetch?: (request: Request) => Promise<Response>;
}

/** What `onUnauthenticated` is told about a 401 UNAUTHENTICATED answer. */
export interface UnauthenticatedEvent {
  /** The error the call ends with (`unwrap` throws this same kind). */
  error: UnauthenticatedError;
  /**
   * The bearer token the request carried, if any. Compare it with the current one before
   * dropping a session: a late answer to a request sent with an old token must not end a newer
   * session. (logIn answers wrong credentials with a 401 UNAUTHENTICATED too, with no token.)
   */
  token: string | undefined;
  request: Request;
}

/** `METHOD /path/{template}` of every operation that needs a signed-in user. */
const signedInOperations = new Set(
  Object.values(operations)
    .filter((operation) => operation.signedIn)
    .map((operation) => `${operation.method} ${operation.path}`),
);

const bearerToken = (request: Request): string | undefined =>
  /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];

/** The ApiError of a 401 UNAUTHENTICATED response, read from a copy of it; else undefined. */
async function unauthenticatedError(response: Response): Promise<UnauthenticatedError | undefined> {
  if (response.status !== 401) return undefined;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return isApiError(body) && isUnauthenticated(body)
    ? new UnauthenticatedError(body, response.status)
    : undefined;
}

/** An openapi-fetch client over the generated `paths`: `client.GET('/tasks/{taskId}', ...)`. */
export type ApiClient = Client<paths>;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use({
    onRequest({ request }) {
      request.headers.set(CONTRACT_VERSION_HEADER, CONTRACT_VERSION);
      if (options.appVersion) request.headers.set(APP_VERSION_HEADER, options.appVersion);
      return request;
    },
  });
  const { auth } = options;
  if (auth) {
    client.use({
      async onRequest({ request, schemaPath }) {
        if (!signedInOperations.has(`${request.method} ${schemaPath}`)) return request;
        const token = await auth();
        if (token) request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  const { onUnauthenticated } = options;
  if (onUnauthenticated) {
    client.use({
      async onResponse({ request, response }) {
        const error = await unauthenticatedError(response);
        if (error) onUnauthenticated({ error, token: bearerToken(request), request });
        return response;
      },
    });
  }
  return client;
}

/** What every openapi-fetch call resolves to: data on success, error otherwise. */
interface Outcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data type of an outcome's success branch (the one whose `error` is `never`). */
type SuccessData<O> = O extends { error?: never } ? O['data' & keyof O] : never;

/**
 * The data of a successful call, or an ApiRequestError carrying the ApiError (for code that
 * prefers exceptions to checking `error`): `const task = await unwrap(client.GET(...))`. A 426
 * throws its subclass UpdateRequiredError, a 401 UNAUTHENTICATED its subclass UnauthenticatedError.
 */
export async function unwrap<O extends Outcome>(pending: Promise<O>): Promise<SuccessData<O>> {
  let outcome: O;
  try {
    outcome = await pending;
  } catch (cause) {
    throw requestError(toApiError(cause));
  }
  if (outcome.error !== undefined || !outcome.response.ok) {
    const { status } = outcome.response;
    throw requestError(toApiError(outcome.error, status), status);
  }
  return outcome.data as SuccessData<O>;
}
