import type { AppRouter } from '@acme/api';
import {
  APP_VERSION_HEADER,
  CONTRACT_VERSION,
  CONTRACT_VERSION_HEADER,
  isUnauthenticated,
} from '@acme/client-ts';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { SessionStore } from '../auth/session-store';
import { apiErrorFromTrpc } from './api-error';
import type { Result } from './types';
import { APP_VERSION, noticeUpdateRequired } from './update-required';

/**
 * The API's TRPC_MAX_BATCH_SIZE (its default): calls made together are split into batches of at
 * most this many, since a larger batch is refused as a whole. Lower it with the server's setting.
 */
const MAX_BATCH_SIZE = 20;
/** GET batches carry their inputs in the URL; Node refuses request heads over 16 KB. */
const MAX_URL_LENGTH = 8000;

export interface TrpcClientOptions {
  /** The tRPC endpoint (`/trpc` of the app's own origin). */
  url: string;
  session: SessionStore;
  /** A fetch implementation (tests); the browser's by default. */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
}

export type TrpcClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/**
 * The same procedures as the REST routes (one contract), typed straight from the server's router,
 * with the same headers as the REST client: the handshake (see update-required.ts) and the
 * session's token, read for every batch so a log-in or log-out applies to the next call.
 */
export function createTrpcClient({ url, session, fetch }: TrpcClientOptions): TrpcClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: MAX_BATCH_SIZE,
        maxURLLength: MAX_URL_LENGTH,
        headers: () => {
          const token = session.token();
          return {
            [APP_VERSION_HEADER]: APP_VERSION,
            [CONTRACT_VERSION_HEADER]: CONTRACT_VERSION,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          };
        },
        ...(fetch ? { fetch } : {}),
      }),
    ],
  });
}

/**
 * One tRPC call as a Result. Its error becomes the ApiError the server sent; a 426 tells the app
 * to reload and a 401 UNAUTHENTICATED ends the session the call was made with, as from REST.
 */
export async function settleTrpc<T>(
  session: SessionStore,
  call: () => Promise<T>,
): Promise<Result<T>> {
  const token = session.token();
  try {
    return { ok: true, data: await call() };
  } catch (cause) {
    const error = apiErrorFromTrpc(cause);
    noticeUpdateRequired(error);
    if (isUnauthenticated(error)) session.expire(token);
    return { ok: false, error };
  }
}
