/**
 * Random absolute http(s) URLs for `format: uri` strings. fast-check's own webUrl() builds its
 * percent-encoding tables on every sample and took most of the vectors' sampling time (0.8 s
 * of 2 s at 200 models); this covers what the Dart models must carry through unchanged (ports,
 * sub-domains, percent-escapes, query and fragment) from a few small character sets.
 */
import fc from 'fast-check';

const chars = (set: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...set), minLength, maxLength });

const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const label = chars(LOWER_DIGITS, 1, 8);
const host = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'org', 'dev', 'io'),
  )
  .map(([labels, tld]) => `${labels.join('.')}.${tld}`);
const port = fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined });
/** Unreserved characters and a percent-escape, as a path segment may hold them. */
const segment = fc.oneof(
  { arbitrary: chars(`${LOWER_DIGITS}ABCXYZ-._~`, 0, 8), weight: 4 },
  { arbitrary: fc.constantFrom('%20', '%2F', '%C3%A9'), weight: 1 },
);
const suffix = fc.tuple(
  fc.option(fc.tuple(chars('abcdefghijklmnopqrstuvwxyz', 1, 5), chars(LOWER_DIGITS, 0, 6)), {
    nil: undefined,
  }),
  fc.option(chars(LOWER_DIGITS, 0, 5), { nil: undefined }),
);

export const urlArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('https', 'http'), host, port, fc.array(segment, { maxLength: 3 }), suffix)
  .map(([scheme, hostname, portNumber, segments, [query, fragment]]) => {
    const authority = portNumber === undefined ? hostname : `${hostname}:${portNumber}`;
    const path = segments.map((part) => `/${part}`).join('');
    const search = query === undefined ? '' : `?${query[0]}=${query[1]}`;
    const hash = fragment === undefined ? '' : `#${fragment}`;
    return `${scheme}://${authority}${path}${search}${hash}`;
  });
