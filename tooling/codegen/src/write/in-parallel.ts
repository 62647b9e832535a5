/**
 * File operations in flight at once. Node runs them on libuv's thread pool (4 threads by
 * default): enough in flight keeps it busy, where one await per file left it mostly idle
 * (500 files at 200 models: ~0.6 s written one by one).
 */
const IN_FLIGHT = 16;

/**
 * Calls `task` for every item, at most IN_FLIGHT at once, and resolves when all are done. The
 * first rejection rejects the whole; tasks already started still settle, none new starts.
 */
export async function inParallel<T>(
  items: Iterable<T>,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < queue.length) {
      const item = queue[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, lane);
  // allSettled first: on failure nothing of this call is still running when it rejects (the
  // caller may delete the folder the tasks write into).
  const results = await Promise.allSettled(lanes);
  const rejected = results.find((result) => result.status === 'rejected');
  if (rejected) throw (rejected as PromiseRejectedResult).reason;
}
