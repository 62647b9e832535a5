import { ErrorBanner } from './ErrorBanner';
import type { PagedList } from './paged-list';

interface ListFooterProps {
  list: PagedList<unknown> & { reload: () => void; loadMore: () => void };
}

/**
 * The end of a cursor-paginated list: what failed (with a retry of exactly that request), a
 * progress note, "Load more" while the server reports a next page, or how many were shown.
 */
export function ListFooter({ list }: ListFooterProps) {
  if (list.error !== null) {
    return (
      <ErrorBanner
        error={list.error}
        onRetry={list.items.length === 0 ? list.reload : list.loadMore}
      />
    );
  }
  if (list.loading) {
    return (
      <p className="spaced" aria-live="polite">
        Loading…
      </p>
    );
  }
  if (list.nextCursor === null) {
    const count = list.items.length;
    return (
      <p className="hint spaced">{count === 0 ? 'Nothing here yet.' : `All ${count} shown.`}</p>
    );
  }
  return (
    <button type="button" className="spaced" onClick={list.loadMore}>
      Load more
    </button>
  );
}
