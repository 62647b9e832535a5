import type { RouteDefinition } from '@acme/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareSnapshots } from '../../src/breaking/compare.js';
import type { DecoderFeatures } from '../../src/breaking/features.js';
import {
  type ChangeClass,
  type ChangeKind,
  changeKinds,
  type Side,
} from '../../src/breaking/rules.js';
import { accepts, responds, route, snapshotOf } from './fixture.js';

type Routes = Record<string, RouteDefinition>;

interface Case {
  kind: ChangeKind;
  side: Side;
  expected: ChangeClass;
  before: () => Routes;
  after: () => Routes;
  /** Decoder features of the old app (default: today's generator). */
  features?: Partial<DecoderFeatures>;
  note?: string;
}

/** A response model / request body with one field `value`. */
const out = (schema: z.ZodType) => () => responds({ value: schema });
const inp = (schema: z.ZodType) => () => accepts({ value: schema });
const outShape =
  (shape: z.ZodRawShape, strict = false) =>
  () =>
    responds(shape, strict);
const inShape =
  (shape: z.ZodRawShape, strict = false) =>
  () =>
    accepts(shape, strict);

const s = () => z.string().max(50);
const noFallback = { enumUnknownFallback: false, unionUnknownVariant: false } as const;

/** A discriminated union `Shape` of registered variants, in a response or a request body. */
function shapes(tags: string[], discriminator = 'kind') {
  const variants = tags.map((tag) =>
    z.object({ [discriminator]: z.literal(tag), size: z.number() }).meta({ id: `Shape_${tag}` }),
  );
  return z.discriminatedUnion(discriminator, variants as never).meta({ id: 'Shape' });
}
const outUnion = (tags: string[], discriminator?: string) => () =>
  responds({ value: shapes(tags, discriminator) });
const inUnion = (tags: string[]) => () => accepts({ value: shapes(tags) });

const listRoute = (query: z.ZodRawShape) => () => ({
  listThings: route({ path: '/things', params: undefined, query: z.object(query) }),
});

/** Both sides of a bound keyword: [narrower, wider] versions of the same field. */
const boundCases = (name: string, narrow: z.ZodType, wide: z.ZodType): Case[] => [
  {
    kind: `${name}-tightened` as ChangeKind,
    side: 'request',
    expected: 'breaking',
    before: inp(wide),
    after: inp(narrow),
  },
  {
    kind: `${name}-tightened` as ChangeKind,
    side: 'response',
    expected: 'safe',
    before: out(wide),
    after: out(narrow),
  },
  {
    kind: `${name}-loosened` as ChangeKind,
    side: 'request',
    expected: 'safe',
    before: inp(narrow),
    after: inp(wide),
  },
  {
    kind: `${name}-loosened` as ChangeKind,
    side: 'response',
    expected: 'warning',
    before: out(narrow),
    after: out(wide),
  },
];

const cases: Case[] = [
  // Routes
  {
    kind: 'route-removed',
    side: 'route',
    expected: 'breaking',
    before: () => ({ ...responds({ a: s() }), other: route({ path: '/other' }) }),
    after: () => responds({ a: s() }),
  },
  {
    kind: 'route-added',
    side: 'route',
    expected: 'safe',
    before: () => responds({ a: s() }),
    after: () => ({ ...responds({ a: s() }), other: route({ path: '/other' }) }),
  },
  {
    kind: 'route-method-changed',
    side: 'route',
    expected: 'breaking',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ method: 'POST' }) }),
  },
  {
    kind: 'access-narrowed',
    side: 'route',
    expected: 'breaking',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ access: 'signed-in' }) }),
  },
  {
    kind: 'access-widened',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route({ access: 'signed-in' }) }),
    after: () => ({ op: route() }),
  },
  {
    kind: 'route-path-changed',
    side: 'route',
    expected: 'breaking',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ path: '/items/{thingId}' }) }),
  },
  {
    kind: 'operation-renamed',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route() }),
    after: () => ({ fetchThing: route() }),
  },
  {
    kind: 'path-param-renamed',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ path: '/things/{id}', params: z.object({ id: z.uuid() }) }) }),
  },
  {
    kind: 'success-status-changed',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ successStatus: 201 }) }),
  },
  {
    kind: 'success-status-changed',
    side: 'route',
    expected: 'breaking',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ successStatus: 201 }) }),
    features: { acceptsAnySuccessStatus: false },
  },
  {
    kind: 'response-body-removed',
    side: 'route',
    expected: 'breaking',
    before: outShape({ a: s() }),
    after: () => ({ getThing: route({ successStatus: 204 }) }),
  },
  {
    kind: 'response-body-added',
    side: 'route',
    expected: 'safe',
    before: () => ({ getThing: route({ successStatus: 204 }) }),
    after: outShape({ a: s() }),
  },
  {
    kind: 'request-body-added',
    side: 'route',
    expected: 'breaking',
    before: () => ({
      createThing: route({
        method: 'POST',
        path: '/things',
        params: undefined,
        successStatus: 204,
      }),
    }),
    after: inShape({ a: s() }),
  },
  {
    kind: 'request-body-removed',
    side: 'route',
    expected: 'warning',
    before: inShape({ a: s() }),
    after: () => ({
      createThing: route({
        method: 'POST',
        path: '/things',
        params: undefined,
        successStatus: 204,
      }),
    }),
  },
  {
    kind: 'error-code-added',
    side: 'route',
    expected: 'warning',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ errors: ['CONFLICT'] }) }),
  },
  {
    kind: 'error-code-removed',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route({ errors: ['CONFLICT'] }) }),
    after: () => ({ op: route() }),
  },
  {
    kind: 'error-status-added',
    side: 'route',
    expected: 'warning',
    before: () => ({ op: route() }),
    after: () => ({ op: route({ errors: ['NOT_FOUND'] }) }),
  },
  {
    kind: 'error-status-removed',
    side: 'route',
    expected: 'safe',
    before: () => ({ op: route({ errors: ['NOT_FOUND'] }) }),
    after: () => ({ op: route() }),
  },
  // Parameters
  {
    kind: 'required-param-added',
    side: 'request',
    expected: 'breaking',
    before: listRoute({}),
    after: listRoute({ q: s() }),
  },
  {
    kind: 'optional-param-added',
    side: 'request',
    expected: 'safe',
    before: listRoute({}),
    after: listRoute({ q: s().optional() }),
  },
  {
    kind: 'param-removed',
    side: 'request',
    expected: 'breaking',
    before: listRoute({ q: s().optional() }),
    after: listRoute({}),
    note: 'old apps still send it and the server drops it: the request means something else',
  },
  {
    kind: 'param-renamed',
    side: 'request',
    expected: 'breaking',
    before: listRoute({ cursor: s().optional() }),
    after: listRoute({ after: s().optional() }),
    note: 'old apps send the old name, which the server drops',
  },
  {
    kind: 'param-became-required',
    side: 'request',
    expected: 'breaking',
    before: listRoute({ q: s().optional() }),
    after: listRoute({ q: s() }),
  },
  {
    kind: 'param-became-optional',
    side: 'request',
    expected: 'safe',
    before: listRoute({ q: s() }),
    after: listRoute({ q: s().optional() }),
  },
  {
    kind: 'maximum-tightened',
    side: 'request',
    expected: 'breaking',
    before: listRoute({ limit: z.coerce.number().int().max(100).default(20) }),
    after: listRoute({ limit: z.coerce.number().int().max(50).default(20) }),
    note: 'query parameter schemas are request side',
  },
  {
    kind: 'default-changed',
    side: 'request',
    expected: 'warning',
    before: listRoute({ limit: z.coerce.number().int().max(100).default(20) }),
    after: listRoute({ limit: z.coerce.number().int().max(100).default(50) }),
  },
  // Properties
  {
    kind: 'property-removed',
    side: 'response',
    expected: 'breaking',
    before: outShape({ a: s(), b: s() }),
    after: outShape({ a: s() }),
  },
  {
    kind: 'property-removed',
    side: 'response',
    expected: 'warning',
    before: outShape({ a: s(), b: s().default('x') }),
    after: outShape({ a: s() }),
    note: 'defaulted: old decoder falls back',
  },
  {
    kind: 'property-removed',
    side: 'response',
    expected: 'breaking',
    before: outShape({ a: s(), b: s().default('x') }),
    after: outShape({ a: s() }),
    features: { defaultsOnAbsent: false },
  },
  {
    kind: 'property-removed',
    side: 'response',
    expected: 'warning',
    before: outShape({ a: s(), b: s().optional() }),
    after: outShape({ a: s() }),
  },
  {
    kind: 'property-removed',
    side: 'request',
    expected: 'warning',
    before: inShape({ a: s(), b: s() }),
    after: inShape({ a: s() }),
  },
  {
    kind: 'property-removed',
    side: 'request',
    expected: 'breaking',
    before: inShape({ a: s(), b: s() }),
    after: inShape({ a: s() }, true),
    note: 'strict model rejects the old field',
  },
  {
    kind: 'required-property-added',
    side: 'request',
    expected: 'breaking',
    before: inShape({ a: s() }),
    after: inShape({ a: s(), b: s() }),
  },
  {
    kind: 'required-property-added',
    side: 'response',
    expected: 'safe',
    before: outShape({ a: s() }),
    after: outShape({ a: s(), b: s() }),
  },
  {
    kind: 'required-property-added',
    side: 'response',
    expected: 'breaking',
    before: outShape({ a: s() }),
    after: outShape({ a: s(), b: s() }),
    features: { ignoresUnknownFields: false },
  },
  {
    kind: 'optional-property-added',
    side: 'request',
    expected: 'safe',
    before: inShape({ a: s() }),
    after: inShape({ a: s(), b: s().optional() }),
  },
  {
    kind: 'optional-property-added',
    side: 'response',
    expected: 'safe',
    before: outShape({ a: s() }),
    after: outShape({ a: s(), b: s().optional() }),
  },
  {
    kind: 'property-became-optional',
    side: 'response',
    expected: 'breaking',
    before: out(s()),
    after: out(s().optional()),
  },
  {
    kind: 'property-became-optional',
    side: 'request',
    expected: 'safe',
    before: inp(s()),
    after: inp(s().optional()),
  },
  {
    kind: 'property-became-required',
    side: 'request',
    expected: 'breaking',
    before: inp(s().optional()),
    after: inp(s()),
  },
  {
    kind: 'property-became-required',
    side: 'response',
    expected: 'safe',
    before: out(s().optional()),
    after: out(s()),
  },
  {
    kind: 'became-nullable',
    side: 'response',
    expected: 'breaking',
    before: out(s()),
    after: out(s().nullable()),
  },
  {
    kind: 'became-nullable',
    side: 'request',
    expected: 'safe',
    before: inp(s()),
    after: inp(s().nullable()),
  },
  {
    kind: 'became-non-nullable',
    side: 'request',
    expected: 'breaking',
    before: inp(s().nullable()),
    after: inp(s()),
  },
  {
    kind: 'became-non-nullable',
    side: 'response',
    expected: 'safe',
    before: out(s().nullable()),
    after: out(s()),
  },
  // Types
  {
    kind: 'type-changed',
    side: 'response',
    expected: 'breaking',
    before: out(s()),
    after: out(z.number()),
  },
  {
    kind: 'type-changed',
    side: 'request',
    expected: 'breaking',
    before: inp(z.array(s()).max(5)),
    after: inp(z.object({ a: s() })),
    note: 'array to object',
  },
  {
    kind: 'type-widened-to-any',
    side: 'response',
    expected: 'breaking',
    before: out(s()),
    after: out(z.unknown()),
  },
  {
    kind: 'type-widened-to-any',
    side: 'request',
    expected: 'safe',
    before: inp(s()),
    after: inp(z.unknown()),
  },
  {
    kind: 'int-widened-to-number',
    side: 'response',
    expected: 'breaking',
    before: out(z.number().int().max(9)),
    after: out(z.number().max(9)),
  },
  {
    kind: 'int-widened-to-number',
    side: 'response',
    expected: 'warning',
    before: out(z.number().int().max(9)),
    after: out(z.number().max(9)),
    features: { intRejectsFractions: false },
  },
  {
    kind: 'int-widened-to-number',
    side: 'request',
    expected: 'safe',
    before: inp(z.number().int().max(9)),
    after: inp(z.number().max(9)),
  },
  {
    kind: 'number-narrowed-to-int',
    side: 'request',
    expected: 'breaking',
    before: inp(z.number().max(9)),
    after: inp(z.number().int().max(9)),
  },
  {
    kind: 'number-narrowed-to-int',
    side: 'response',
    expected: 'safe',
    before: out(z.number().max(9)),
    after: out(z.number().int().max(9)),
  },
  // Enums, literals, unions
  {
    kind: 'enum-value-added',
    side: 'response',
    expected: 'safe',
    before: out(z.enum(['a', 'b'])),
    after: out(z.enum(['a', 'b', 'c'])),
  },
  {
    kind: 'enum-value-added',
    side: 'response',
    expected: 'breaking',
    before: out(z.enum(['a', 'b'])),
    after: out(z.enum(['a', 'b', 'c'])),
    features: noFallback,
  },
  {
    kind: 'enum-value-added',
    side: 'request',
    expected: 'safe',
    before: inp(z.enum(['a', 'b'])),
    after: inp(z.enum(['a', 'b', 'c'])),
  },
  {
    kind: 'enum-value-removed',
    side: 'request',
    expected: 'breaking',
    before: inp(z.enum(['a', 'b'])),
    after: inp(z.enum(['a'])),
  },
  {
    kind: 'enum-value-removed',
    side: 'response',
    expected: 'safe',
    before: out(z.enum(['a', 'b'])),
    after: out(z.enum(['a'])),
  },
  {
    kind: 'enum-widened-to-string',
    side: 'response',
    expected: 'warning',
    before: out(z.enum(['a', 'b'])),
    after: out(s()),
  },
  {
    kind: 'enum-widened-to-string',
    side: 'response',
    expected: 'breaking',
    before: out(z.enum(['a', 'b'])),
    after: out(s()),
    features: noFallback,
  },
  {
    kind: 'enum-widened-to-string',
    side: 'request',
    expected: 'safe',
    before: inp(z.enum(['a', 'b'])),
    after: inp(s()),
  },
  {
    kind: 'string-narrowed-to-enum',
    side: 'request',
    expected: 'breaking',
    before: inp(s()),
    after: inp(z.enum(['a'])),
  },
  {
    kind: 'const-changed',
    side: 'response',
    expected: 'breaking',
    before: out(z.literal('v1')),
    after: out(z.literal('v2')),
  },
  {
    kind: 'union-variant-added',
    side: 'response',
    expected: 'safe',
    before: outUnion(['circle']),
    after: outUnion(['circle', 'square']),
  },
  {
    kind: 'union-variant-added',
    side: 'response',
    expected: 'breaking',
    before: outUnion(['circle']),
    after: outUnion(['circle', 'square']),
    features: noFallback,
  },
  {
    kind: 'union-variant-added',
    side: 'request',
    expected: 'safe',
    before: inUnion(['circle']),
    after: inUnion(['circle', 'square']),
  },
  {
    kind: 'union-variant-removed',
    side: 'request',
    expected: 'breaking',
    before: inUnion(['circle', 'square']),
    after: inUnion(['circle']),
  },
  {
    kind: 'union-variant-removed',
    side: 'response',
    expected: 'safe',
    before: outUnion(['circle', 'square']),
    after: outUnion(['circle']),
  },
  {
    kind: 'discriminator-changed',
    side: 'response',
    expected: 'breaking',
    before: outUnion(['circle'], 'kind'),
    after: outUnion(['circle'], 'type'),
  },
  {
    kind: 'union-changed',
    side: 'request',
    expected: 'breaking',
    before: inp(z.union([s(), z.number()])),
    after: inp(z.union([s(), z.boolean()])),
  },
  {
    kind: 'model-renamed',
    side: 'response',
    expected: 'safe',
    before: outShape({ a: s() }),
    after: () => ({ getThing: route({ response: z.object({ a: s() }).meta({ id: 'Item' }) }) }),
  },
  // Defaults
  {
    kind: 'default-changed',
    side: 'response',
    expected: 'warning',
    before: out(s().default('x')),
    after: out(s().default('y')),
  },
  {
    kind: 'default-added',
    side: 'request',
    expected: 'safe',
    before: inp(s().optional()),
    after: inp(s().default('x')),
  },
  {
    kind: 'default-removed',
    side: 'request',
    expected: 'warning',
    before: inp(s().default('x')),
    after: inp(s().optional()),
  },
  // String formats and patterns
  {
    kind: 'format-added',
    side: 'request',
    expected: 'breaking',
    before: inp(s()),
    after: inp(z.email().max(50)),
  },
  {
    kind: 'format-added',
    side: 'response',
    expected: 'safe',
    before: out(s()),
    after: out(z.email().max(50)),
  },
  {
    kind: 'format-removed',
    side: 'response',
    expected: 'breaking',
    before: out(z.iso.datetime()),
    after: out(z.string()),
    note: 'old apps parse date-time into DateTime',
  },
  {
    kind: 'format-removed',
    side: 'response',
    expected: 'warning',
    before: out(z.email().max(50)),
    after: out(s()),
  },
  {
    kind: 'format-removed',
    side: 'request',
    expected: 'safe',
    before: inp(z.email().max(50)),
    after: inp(s()),
  },
  {
    kind: 'format-changed',
    side: 'request',
    expected: 'breaking',
    before: inp(z.email().max(50)),
    after: inp(z.url().max(50)),
  },
  {
    kind: 'format-changed',
    side: 'response',
    expected: 'breaking',
    before: out(z.iso.datetime()),
    after: out(z.iso.date()),
  },
  {
    kind: 'pattern-added',
    side: 'request',
    expected: 'breaking',
    before: inp(s()),
    after: inp(s().regex(/^[a-z]+$/)),
  },
  {
    kind: 'pattern-removed',
    side: 'response',
    expected: 'warning',
    before: out(s().regex(/^[a-z]+$/)),
    after: out(s()),
  },
  {
    kind: 'pattern-changed',
    side: 'request',
    expected: 'breaking',
    before: inp(s().regex(/^[a-z]+$/)),
    after: inp(s().regex(/^[a-f]+$/)),
  },
  {
    kind: 'multiple-of-changed',
    side: 'request',
    expected: 'breaking',
    before: inp(z.number().multipleOf(5)),
    after: inp(z.number().multipleOf(10)),
  },
  // Objects
  {
    kind: 'additional-properties-closed',
    side: 'request',
    expected: 'breaking',
    before: inShape({ a: s() }),
    after: inShape({ a: s() }, true),
  },
  {
    kind: 'additional-properties-opened',
    side: 'response',
    expected: 'safe',
    before: outShape({ a: s() }, true),
    after: outShape({ a: s() }),
  },
  {
    kind: 'deprecated-added',
    side: 'response',
    expected: 'safe',
    before: out(s()),
    after: out(s().meta({ deprecated: true })),
  },
  // Bounds (maxLength, minLength, maxItems, minItems, maximum, minimum, maxProperties, minProperties)
  ...boundCases('max-length', z.string().max(10), z.string().max(20)),
  ...boundCases('min-length', z.string().min(5).max(50), z.string().min(1).max(50)),
  ...boundCases('max-items', z.array(s()).max(5), z.array(s()).max(10)),
  ...boundCases('min-items', z.array(s()).min(2).max(10), z.array(s()).max(10)),
  ...boundCases('maximum', z.number().lt(10), z.number().lte(10)),
  ...boundCases('minimum', z.number().min(5), z.number().min(0)),
  ...boundCases(
    'max-properties',
    z.record(s(), s()).meta({ maxProperties: 5 }),
    z.record(s(), s()).meta({ maxProperties: 9 }),
  ),
  ...boundCases(
    'min-properties',
    z.record(s(), s()).meta({ minProperties: 2 }),
    z.record(s(), s()),
  ),
];

const label = (c: Case) =>
  `${c.kind} (${c.side}${c.features ? `, old decoder ${JSON.stringify(c.features)}` : ''}${c.note ? `; ${c.note}` : ''}) is ${c.expected}`;

describe('change kinds, classified for old apps', () => {
  it.each(cases.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const old = snapshotOf(c.before, c.features);
    const changes = compareSnapshots(old, snapshotOf(c.after));
    const matching = changes.filter((change) => change.kind === c.kind && change.side === c.side);
    expect(matching, JSON.stringify(changes, null, 2)).toHaveLength(1);
    expect(matching[0]?.class).toBe(c.expected);
    // The unchanged contract compares clean, so the change above comes from the edit alone.
    expect(compareSnapshots(old, snapshotOf(c.before))).toEqual([]);
  });

  it('covers every kind of the rule table', () => {
    const covered = new Set(cases.map((c) => c.kind));
    expect(changeKinds.filter((kind) => !covered.has(kind))).toEqual([]);
    expect(changeKinds.length).toBeGreaterThanOrEqual(30);
  });
});
