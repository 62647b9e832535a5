import type { RouteDeprecation } from '@acme/contract';

const instant = (name: string, field: string, text: string) => {
  const time = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(time)) {
    throw new Error(
      `Route ${name}: deprecated.${field} must be an ISO 8601 instant, got ${JSON.stringify(text)}`,
    );
  }
  return time;
};

/**
 * The headers a deprecated route answers with: `Deprecation` as an RFC 9745 date
 * (`@<unix seconds>`), and `Sunset` as an RFC 8594 HTTP date when one is set. Computed once,
 * at start; a malformed date in the route table stops the server naming the route.
 */
export function deprecationHeaders(
  name: string,
  deprecation: RouteDeprecation,
): Record<string, string> {
  const since = instant(name, 'since', deprecation.since);
  const headers: Record<string, string> = { deprecation: `@${Math.floor(since / 1000)}` };
  if (deprecation.sunset !== undefined) {
    const sunset = instant(name, 'sunset', deprecation.sunset);
    if (sunset <= since) throw new Error(`Route ${name}: deprecated.sunset must come after since`);
    headers.sunset = new Date(sunset).toUTCString();
  }
  return headers;
}
