import fc from 'fast-check';
import { ZERO_ID } from '../helpers/bad-input-cases.js';
import { Bulk, Huge, withOwnKey } from './markers.js';

/**
 * Hostile values and the mutations that plant them in an otherwise valid input. Every
 * mutation works on a plain tree (REST's {params, query, body} or tRPC's merged input).
 */

/** Strings that trip encoders, databases and length checks. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\ud83d',
    '\u202eevil\u202c',
    '\u200b',
    '\ufeff',
    '👩‍👩‍👧‍👦',
    'e\u0301',
    '\u2028\u2029',
    '\\u0000',
    '%00',
    "'; drop table tasks; --",
    '" or 1=1 --',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template injection probe, on purpose
    '${7*7}{{7*7}}',
    '<script>alert(1)</script>',
    '𝕏'.repeat(150),
    'ا'.repeat(30),
    '\r\n',
    '\u001b[31m',
    ' ',
    '',
  ),
  // Any code unit, lone surrogate halves included.
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
);

/** Instants the contract's format admits at and beyond what the database stores. */
export const edgeInstant = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '1969-12-31T23:59:59.9999Z',
  '2000-02-29T00:00:00.000001Z',
  '1900-02-29T00:00:00Z',
  '2020-01-01T24:00:00Z',
  '2020-01-01T00:00:00+00:00',
  '2020-01-01',
);

/** A value of some other JSON type than the contract asks for (or of the right one, out of range). */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31),
  fc.constantFrom('', '0', 'null', 'true', '[]', [], {}, [null], { '': '' }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  oddString,
  edgeInstant,
  fc.constant(new Huge('x', 10_000)),
);

/** Ids that are well-formed but unknown, or not ids at all. */
export const hostileId: fc.Arbitrary<unknown> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    ZERO_ID,
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
    '00000000-0000-0000-0000-000000000001',
    '00000000000040008000000000000000',
    `{${ZERO_ID}}`,
    `${ZERO_ID} `,
    'not-a-uuid',
    '1',
    '-1',
    '1 or 1=1',
    "' or ''='",
    '..',
    '.',
    '%',
    'null',
  ),
  fc.string({ maxLength: 40 }),
  oddString,
);

/** Pagination values around and beyond the bounds, in the spellings coercion accepts too. */
export const hostileLimit = fc.constantFrom(
  '0',
  '-1',
  '1.5',
  '1e2',
  '0x10',
  ' 5 ',
  '',
  'Infinity',
  'NaN',
  '101',
  '100',
  '1',
  '9'.repeat(400),
);

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Cursors the API never issued: other shapes, and dates outside what the database stores. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          '-271821-04-20T00:00:00.000Z',
          '+275760-09-13T00:00:00.000Z',
          '0000-01-01T00:00:00.000Z',
          '-000001-01-01T00:00:00.000Z',
          '+010000-01-01T00:00:00.000Z',
          '0001-01-01T00:00:00.000Z',
          '9999-12-31T23:59:59.999Z',
          '1970-01-01T00:00:00.000Z',
          '2020-01-01T00:00:00+14:00',
          '1',
          '2020',
          'Tue Mar 01 2022',
        ),
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.string({ maxLength: 30 }),
      ),
      fc.oneof(fc.uuid(), fc.constant(ZERO_ID), fc.string({ maxLength: 40 })),
      fc.constantFrom('pair', 'triple', 'object'),
    )
    .map(([date, id, shape]) =>
      base64url(
        JSON.stringify(
          shape === 'pair' ? [date, id] : shape === 'triple' ? [date, id, 1] : { date, id },
        ),
      ),
    ),
  fc.string({ maxLength: 60 }).map(base64url),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '=', '====', '%', 'W10', 'bnVsbA', base64url('[]'), base64url('null')),
);

/** Bodies that are not JSON, or JSON of the wrong kind. */
export const badJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '{"a":',
    '{"title": "unterminated',
    "{'a':1}",
    '{"a":1,}',
    'NaN',
    'undefined',
    '[1,]',
    '\ufeff{}',
    '{"a":1}garbage',
    '{"a":1}{"b":2}',
    '\u0000',
    '01',
    '1e99999',
    '"\\ud800"',
    '{"a":"\\u0000"}',
    '{"a":"\\x41"}',
    '/*c*/{}',
    'null',
    '[]',
    'true',
    '"text"',
    '42',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Media types a client might send, right and wrong; null sends none. */
export const contentType: fc.Arbitrary<string | null> = fc.constantFrom(
  null,
  '',
  ';',
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=UTF-16',
  'APPLICATION/JSON',
  'application/json ; charset=utf-8',
  'application/jsonx',
  'application/vnd.api+json',
  'application/json; boundary="',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
);

/** Large or deep values for one field; the body limit decides which of them fit. */
export const bulkValue = (bodyLimit: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      new Huge('x', bodyLimit + 1),
      new Huge('x', bodyLimit - 512),
      new Huge('é', Math.floor(bodyLimit / 2)),
      new Huge('𝕏', 300),
      new Bulk('manyItems', Math.floor(bodyLimit / 5)),
      new Bulk('manyItems', 21),
      new Bulk('manyKeys', Math.floor(bodyLimit / 12)),
      new Bulk('manyKeys', 51),
    ),
    fc
      .tuple(
        fc.constantFrom('deepArray', 'deepObject', 'deepChecklist' as const),
        fc.constantFrom(16, 64, 200, 1_000, 10_000, 100_000),
      )
      .map(([shape, depth]) => new Bulk(shape as Bulk['shape'], depth)),
  );

type Path = (string | number)[];

/** Every path inside a tree (containers included), the root excepted. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || !isPlain(value)) return [];
  const out: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.push(path, ...pathsOf(child, path));
  }
  return out;
}

const isPlain = (value: object) =>
  Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;

const getAt = (tree: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], tree);

/** A copy of `tree` with `path` set to `value` (own keys only, so `__proto__` stays a key). */
export function setAt(tree: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(tree)) {
    const copy = [...tree];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const node = (tree ?? {}) as Record<string, unknown>;
  return withOwnKey(node, String(head), setAt(node[String(head)], rest, value));
}

/** Picks one path of the tree (or one of `fallback`) with fast-check, so it replays. */
const somePath = (tree: unknown, filter: (value: unknown) => boolean, fallback: Path[]) => {
  const paths = pathsOf(tree).filter((path) => filter(getAt(tree, path)));
  const all = paths.length > 0 ? paths : fallback;
  return fc.constantFrom(...all);
};

const objects = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** One field (or a whole part) replaced by a value of the wrong type. */
export const wrongTypeAt = (tree: object, roots: Path[]) =>
  fc
    .tuple(
      somePath(tree, () => true, roots),
      wrongValue,
    )
    .map(([path, value]) => setAt(tree, path, value) as object);

/** One string (or any field, if there is none) replaced by an odd string. */
export const oddStringAt = (tree: object, roots: Path[]) =>
  fc
    .tuple(
      somePath(tree, (value) => typeof value === 'string', roots),
      oddString,
    )
    .map(([path, value]) => setAt(tree, path, value) as object);

/** Keys that pollute prototypes when merged, planted in some object of the tree. */
export const prototypeKeyAt = (tree: object, roots: Path[]) =>
  fc
    .tuple(
      somePath(tree, objects, roots),
      fc.constantFrom(
        ['__proto__', { polluted: true }],
        ['__proto__', null],
        ['constructor', { prototype: { polluted: true } }],
        ['constructor', 'harmless'],
        ['prototype', { polluted: true }],
        ['toString', 'x'],
        ['hasOwnProperty', 1],
      ),
    )
    .map(([path, [key, value]]) => {
      const target = getAt(tree, path);
      const base = objects(target) ? (target as object) : {};
      return setAt(tree, path, withOwnKey(base, key as string, value)) as object;
    });

/** Unknown fields next to the known ones (the contract strips them). */
export const extraKeysAt = (tree: object, roots: Path[]) =>
  fc
    .tuple(
      somePath(tree, objects, roots),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    )
    .map(([path, extra]) => {
      const target = getAt(tree, path);
      let next = objects(target) ? (target as object) : {};
      for (const [key, value] of Object.entries(extra)) next = withOwnKey(next, key, value);
      return setAt(tree, path, next) as object;
    });

/** One field replaced by a bulky value. */
export const bulkAt = (tree: object, roots: Path[], bodyLimit: number) =>
  fc
    .tuple(
      somePath(tree, () => true, roots),
      bulkValue(bodyLimit),
    )
    .map(([path, value]) => setAt(tree, path, value) as object);

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT/;

/** A date-time field (or any field) set to an edge instant. */
export const edgeInstantAt = (tree: object, roots: Path[]) =>
  fc
    .tuple(
      somePath(tree, (value) => typeof value === 'string' && ISO_INSTANT.test(value), [
        ...roots.map((root) => [...root, 'dueAt']),
      ]),
      edgeInstant,
    )
    .map(([path, value]) => setAt(tree, path, value) as object);
