import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/**
 * A page also stops at about this many bytes of items (a task may hold ~0.5 MB: 100 of them
 * were a 50 MB answer). A single larger item still comes, alone on its page.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** Cursor pagination query shared by every list operation. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(200).optional(),
};

/** `Page<T>`: one page of items and the opaque cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item).max(MAX_PAGE_SIZE),
      nextCursor: z.string().max(200).nullable(),
    })
    .meta({
      id,
      description: `One page: at most \`limit\` items and about ${MAX_PAGE_BYTES} bytes of them, so a page may hold fewer than \`limit\` with more to come. Follow \`nextCursor\` until it is null.`,
    });
