/** A path segment or query value, percent-encoded; lone surrogates (not UTF-8) become U+FFFD. */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** Query pairs as Fastify's parser gives them back: a repeated key becomes an array. */
export function queryObject(pairs: [string, string][]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const seen = Object.hasOwn(out, key) ? out[key] : undefined;
    const next = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    Object.defineProperty(out, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export const queryString = (pairs: [string, string][]) =>
  pairs.map(([key, value]) => `${encodeText(key)}=${encodeText(value)}`).join('&');
