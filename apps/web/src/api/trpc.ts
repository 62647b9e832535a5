import type { AppRouter } from '@acme/api';
import { APP_VERSION_HEADER, CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from '@acme/client-ts';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { apiErrorFromTrpc } from './api-error';
import type { Page, Project, Result } from './types';
import { APP_VERSION, noticeUpdateRequired } from './update-required';

export const PROJECT_PAGE_SIZE = 10;

/**
 * The API's TRPC_MAX_BATCH_SIZE (its default): calls made together are split into batches of at
 * most this many, since a larger batch is refused as a whole. Lower it with the server's setting.
 */
const MAX_BATCH_SIZE = 20;
/** GET batches carry their inputs in the URL; Node refuses request heads over 16 KB. */
const MAX_URL_LENGTH = 8000;

// The same procedures as the REST routes (one contract), typed straight from the server's router.
const trpc = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: new URL('/trpc', window.location.origin).href,
      maxItems: MAX_BATCH_SIZE,
      maxURLLength: MAX_URL_LENGTH,
      // The same handshake as the REST client's (see update-required.ts).
      headers: {
        [APP_VERSION_HEADER]: APP_VERSION,
        [CONTRACT_VERSION_HEADER]: CONTRACT_VERSION,
      },
    }),
  ],
});

export async function listProjectsViaTrpc(
  cursor: string | undefined,
): Promise<Result<Page<Project>>> {
  try {
    return { ok: true, data: await trpc.listProjects.query({ limit: PROJECT_PAGE_SIZE, cursor }) };
  } catch (cause) {
    const error = apiErrorFromTrpc(cause);
    noticeUpdateRequired(error);
    return { ok: false, error };
  }
}
