/**
 * `cache`'s value for `key`, computed by `compute` the first time. Bounded: a long-lived process
 * (watch, tests) must not grow without limit, so a full cache starts over.
 */
export function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= 10_000) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}
