import type { AppRouter } from '@acme/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { apiErrorFromTrpc } from './api-error';
import type { Page, Project, Result } from './types';

export const PROJECT_PAGE_SIZE = 10;

// The same procedures as the REST routes (one contract), typed straight from the server's router.
const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: new URL('/trpc', window.location.origin).href })],
});

export async function listProjectsViaTrpc(
  cursor: string | undefined,
): Promise<Result<Page<Project>>> {
  try {
    return { ok: true, data: await trpc.listProjects.query({ limit: PROJECT_PAGE_SIZE, cursor }) };
  } catch (cause) {
    return { ok: false, error: apiErrorFromTrpc(cause) };
  }
}
