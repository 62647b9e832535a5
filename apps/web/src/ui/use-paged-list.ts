import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Page, Result } from '../api/types';
import { initialPagedList, pagedListReducer } from './paged-list';

/** Fetches one page; must be a stable function (module-level), or every render reloads. */
export type PageLoader<T> = (cursor: string | undefined) => Promise<Result<Page<T>>>;

/**
 * Loads the first page of a list, then one more page per `loadMore()`. `reload()` starts over
 * (after a create, the newest item is on the first page). Answers to requests made before the
 * latest reload are dropped, so a slow "Load more" cannot append to a list that was replaced.
 */
export function usePagedList<T extends { id: string }>(load: PageLoader<T>) {
  const [state, dispatch] = useReducer(pagedListReducer<T>, undefined, initialPagedList<T>);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | undefined) => {
      const started = generation.current;
      dispatch({ type: 'loading' });
      const result = await load(cursor);
      if (started !== generation.current) return;
      dispatch(
        result.ok ? { type: 'loaded', page: result.data } : { type: 'failed', error: result.error },
      );
    },
    [load],
  );

  const reload = useCallback(() => {
    generation.current += 1;
    dispatch({ type: 'reset' });
    void fetchPage(undefined);
  }, [fetchPage]);

  const { nextCursor, loading } = state;
  const loadMore = useCallback(() => {
    if (nextCursor !== null && !loading) void fetchPage(nextCursor);
  }, [fetchPage, nextCursor, loading]);

  useEffect(() => {
    reload();
  }, [reload]);

  return { ...state, reload, loadMore };
}
