import type { ApiError } from '../api/types';

/** A failed request, announced as an alert; the code is shown because support asks for it. */
export function ErrorBanner({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div role="alert" className="error-banner">
      <p>
        {error.message} <span className="code">({error.code})</span>
      </p>
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
