import type { ApiError, Page } from '../api/types';

/** A cursor-paginated list as it grows: pages already shown, and whether there are more. */
export interface PagedList<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly error: ApiError | null;
}

export type PagedListAction<T> =
  | { type: 'reset' }
  | { type: 'loading' }
  | { type: 'loaded'; page: Page<T> }
  | { type: 'failed'; error: ApiError };

export const initialPagedList = <T>(): PagedList<T> => ({
  items: [],
  nextCursor: null,
  loading: true,
  error: null,
});

/**
 * Appends pages by id: an item seen on an earlier page (the list moved between two requests)
 * is replaced in place instead of shown twice.
 */
export function pagedListReducer<T extends { id: string }>(
  state: PagedList<T>,
  action: PagedListAction<T>,
): PagedList<T> {
  switch (action.type) {
    case 'reset':
      return initialPagedList();
    case 'loading':
      return { ...state, loading: true, error: null };
    case 'failed':
      return { ...state, loading: false, error: action.error };
    case 'loaded': {
      const fresh = new Map(action.page.items.map((item) => [item.id, item]));
      const kept = state.items.map((item) => fresh.get(item.id) ?? item);
      const seen = new Set(state.items.map((item) => item.id));
      const added = action.page.items.filter((item) => !seen.has(item.id));
      return {
        items: [...kept, ...added],
        nextCursor: action.page.nextCursor,
        loading: false,
        error: null,
      };
    }
  }
}
