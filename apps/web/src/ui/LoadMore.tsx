/** The end of a cursor-paginated list: a button while there is a next page, a note after. */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
  count,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  count: number;
}) {
  if (loading)
    return (
      <p className="spaced" aria-live="polite">
        Loading…
      </p>
    );
  if (!hasMore)
    return (
      <p className="hint spaced">{count === 0 ? 'Nothing here yet.' : `All ${count} shown.`}</p>
    );
  return (
    <button type="button" className="spaced" onClick={onLoadMore}>
      Load more
    </button>
  );
}
