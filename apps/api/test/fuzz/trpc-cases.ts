import { type OperationName, operationNames, type RouteDefinition, routes } from '@acme/contract';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { TRPC_PREFIX } from '../../src/trpc/plugin.js';
import type { SentInput } from './effects.js';
import {
  badJsonText,
  bulkAt,
  contentType,
  edgeInstantAt,
  extraKeysAt,
  hostileId,
  oddStringAt,
  prototypeKeyAt,
  setAt,
  wrongTypeAt,
  wrongValue,
} from './hostile.js';
import { type Resolve, resolveRefs, toJsonText } from './markers.js';
import { planOf } from './plans.js';
import { encodeText } from './url.js';
import { validInput } from './valid-input.js';

/** One generated procedure call, as fast-check prints it when a property fails. */
export interface TrpcCase {
  kind: string;
  /** The procedure's input: params and query fields at top level, the body under `body`. */
  input?: unknown;
  /** Sent instead of the JSON of input. */
  rawInput?: string;
  /** Another procedure name than the route's (unknown names, prototype members). */
  procedure?: string;
  /** Another method than the procedure's (GET for queries, POST for mutations). */
  method?: string;
  /** The content-type header of a POST; null sends none. */
  contentType?: string | null;
}

const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'health.x',
  'HEALTH',
  '%zz',
  'a,b',
];

const methodOf = (route: RouteDefinition) => (route.method === 'GET' ? 'GET' : 'POST');

/** Where the parts of the merged input live, for mutations that need a starting point. */
function inputRoots(route: RouteDefinition): (string | number)[][] {
  if (route.body) return [['body']];
  const keys = [
    ...Object.keys(route.params?.shape ?? {}),
    ...Object.keys(route.query?.shape ?? {}),
  ];
  return keys.length > 0 ? keys.map((key) => [key]) : [['input']];
}

/** A procedure's input: valid (mostly) or with one hostile value planted in it. */
export function trpcInputArbitrary(
  name: OperationName,
  bodyLimit: number,
): fc.Arbitrary<{ kind: string; input: unknown }> {
  const route: RouteDefinition = routes[name];
  const valid = validInput(name, planOf(name)).map((parts) => ({
    ...parts.params,
    ...parts.query,
    ...(parts.body === undefined ? {} : { body: parts.body }),
  }));
  const roots = inputRoots(route);
  const mutated = (
    kind: string,
    mutate: (tree: object, roots: (string | number)[][]) => fc.Arbitrary<object>,
  ) => valid.chain((input) => mutate(input, roots).map((next) => ({ kind, input: next })));
  const params = Object.keys(route.params?.shape ?? {});
  const cases: fc.WeightedArbitrary<{ kind: string; input: unknown }>[] = [
    { weight: 45, arbitrary: valid.map((input) => ({ kind: 'valid', input })) },
    { weight: 12, arbitrary: mutated('wrong type', wrongTypeAt) },
    { weight: 8, arbitrary: mutated('odd string', oddStringAt) },
    { weight: 5, arbitrary: mutated('prototype key', prototypeKeyAt) },
    { weight: 5, arbitrary: mutated('extra keys', extraKeysAt) },
    // Bulky bodies cost a hundred times a small one: about 1% of the cases.
    { weight: 1, arbitrary: mutated('bulk', (tree, r) => bulkAt(tree, r, bodyLimit)) },
    { weight: route.body ? 4 : 0, arbitrary: mutated('edge instant', edgeInstantAt) },
    {
      weight: params.length > 0 ? 8 : 0,
      arbitrary: valid.chain((input) =>
        fc
          .tuple(fc.constantFrom(...(params.length > 0 ? params : ['id'])), hostileId)
          .map(([key, id]) => ({ kind: 'id', input: setAt(input, [key], id) })),
      ),
    },
    { weight: 3, arbitrary: wrongValue.map((input) => ({ kind: 'whole input', input })) },
  ];
  return fc.oneof(...cases.filter((c) => c.weight > 0));
}

/** Calls of one procedure: hostile inputs plus hostile framing (raw text, method, names). */
export function trpcCaseArbitrary(name: OperationName, bodyLimit: number): fc.Arbitrary<TrpcCase> {
  const route: RouteDefinition = routes[name];
  const inputs = trpcInputArbitrary(name, bodyLimit);
  const validOnly = inputs.filter((c) => c.kind === 'valid');
  const cases: fc.WeightedArbitrary<TrpcCase>[] = [
    { weight: 85, arbitrary: inputs },
    { weight: 3, arbitrary: fc.constant<TrpcCase>({ kind: 'no input' }) },
    {
      weight: 4,
      arbitrary: badJsonText.map((rawInput): TrpcCase => ({ kind: 'raw input', rawInput })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(validOnly, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'))
        .filter(([, method]) => method !== methodOf(route))
        .map(([c, method]): TrpcCase => ({ kind: 'method', input: c.input, method })),
    },
    {
      weight: route.method === 'GET' ? 0 : 4,
      arbitrary: fc
        .tuple(validOnly, contentType)
        .map(
          ([c, type]): TrpcCase => ({ kind: 'content type', input: c.input, contentType: type }),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(validOnly, fc.constantFrom(...HOSTILE_NAMES))
        .map(([c, procedure]): TrpcCase => ({ kind: 'procedure', input: c.input, procedure })),
    },
  ];
  return fc.oneof(...cases.filter((c) => c.weight > 0));
}

export interface RenderedTrpc {
  options: InjectOptions;
  /** The procedure the call reaches and what it received; undefined when it reaches none. */
  reached: { name: OperationName; sent: SentInput } | undefined;
  summary: string;
}

/** The tRPC input as REST parts: what the oracle parses with the route's own schemas. */
export function splitTrpcInput(route: RouteDefinition, text: string | undefined): SentInput {
  let input: unknown;
  try {
    // An empty ?input= is no input, as tRPC reads it.
    input = text === undefined || text === '' ? undefined : JSON.parse(text);
  } catch {
    input = text;
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    // Not an object: the oracle's parse fails, as the server's must have.
    return input === undefined ? {} : { params: input, query: input, body: input };
  }
  const record = input as Record<string, unknown>;
  const pick = (keys: string[]) =>
    Object.fromEntries(
      keys.filter((key) => Object.hasOwn(record, key)).map((key) => [key, record[key]]),
    );
  return {
    params: pick(Object.keys(route.params?.shape ?? {})),
    query: pick(Object.keys(route.query?.shape ?? {})),
    body: record.body,
  };
}

export function renderTrpc(name: OperationName, c: TrpcCase, resolve: Resolve): RenderedTrpc {
  const route: RouteDefinition = routes[name];
  const procedure = c.procedure ?? name;
  const method = c.method ?? methodOf(route);
  const text =
    c.rawInput ?? (c.input === undefined ? undefined : toJsonText(resolveRefs(c.input, resolve)));
  const get = method === 'GET';
  const url = `${TRPC_PREFIX}/${procedure}${get && text !== undefined ? `?input=${encodeText(text)}` : ''}`;
  const type = c.contentType === undefined ? 'application/json' : c.contentType;
  const options: InjectOptions = {
    method: method as 'GET',
    url,
    ...(get || text === undefined ? {} : { payload: text }),
    ...(get || type === null ? {} : { headers: { 'content-type': type } }),
  };
  const reaches = c.procedure === undefined && method === methodOf(route);
  return {
    options,
    reached: reaches ? { name, sent: splitTrpcInput(route, text) } : undefined,
    summary: `${method} ${url.slice(0, 300)}${get || text === undefined ? '' : ` body ${text.slice(0, 300)}`}`,
  };
}

/** A batch: several calls in one request, sometimes more than the server allows. */
export interface BatchCase {
  kind: string;
  calls: { procedure: string; input?: unknown }[];
  method?: string;
}

export function batchCaseArbitrary(
  maxBatchSize: number,
  bodyLimit: number,
): fc.Arbitrary<BatchCase> {
  const queries = operationNames.filter((name) => routes[name].method === 'GET');
  const mutations = operationNames.filter((name) => routes[name].method !== 'GET');
  const callOf = (names: OperationName[]) =>
    fc.oneof(
      {
        weight: 20,
        arbitrary: fc
          .constantFrom(...names)
          .chain((procedure) =>
            trpcInputArbitrary(procedure, bodyLimit).map(({ input }) => ({ procedure, input })),
          ),
      },
      {
        weight: 1,
        // A comma would split the name into two calls of the batch.
        arbitrary: fc
          .constantFrom(...HOSTILE_NAMES.filter((name) => !name.includes(',')))
          .map((procedure) => ({ procedure, input: {} })),
      },
    );
  // tRPC runs a batch of one procedure type only: mixed ones are refused as a whole.
  const batchOf = (kind: string, names: OperationName[]) =>
    fc
      .array(callOf(names), { minLength: 1, maxLength: maxBatchSize })
      .map((calls): BatchCase => ({ kind, calls }));
  // Over the limit the server must refuse before running anything: cheap calls suffice.
  const overLimit = fc.constantFrom(maxBatchSize + 1, maxBatchSize + 5, 1_000).map(
    (size): BatchCase => ({
      kind: 'over the batch limit',
      calls: Array.from({ length: size }, () => ({ procedure: 'health' })),
    }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: batchOf('queries', queries) },
    { weight: 4, arbitrary: batchOf('mutations', mutations) },
    { weight: 1, arbitrary: batchOf('mixed', operationNames) },
    { weight: 1, arbitrary: overLimit },
    {
      weight: 1,
      arbitrary: fc
        .tuple(batchOf('any method', operationNames), fc.constantFrom('GET', 'POST', 'PUT'))
        .map(([batch, method]) => ({ ...batch, method })),
    },
  );
}

const isMutation = (procedure: string) =>
  Object.hasOwn(routes, procedure) && routes[procedure as OperationName].method !== 'GET';

export interface RenderedBatch {
  options: InjectOptions;
  /** Per call: the procedure it reaches and its input, or undefined. */
  reached: ({ name: OperationName; sent: SentInput } | undefined)[];
  names: (string | undefined)[];
  writes: boolean;
  summary: string;
}

export function renderBatch(c: BatchCase, resolve: Resolve): RenderedBatch {
  const method = c.method ?? (c.calls.some((call) => isMutation(call.procedure)) ? 'POST' : 'GET');
  const texts = c.calls.map((call) =>
    call.input === undefined ? undefined : toJsonText(resolveRefs(call.input, resolve)),
  );
  const inputs = `{${texts
    .map((text, index) => (text === undefined ? undefined : `"${index}":${text}`))
    .filter((entry) => entry !== undefined)
    .join(',')}}`;
  const get = method === 'GET';
  const path = `${TRPC_PREFIX}/${c.calls.map((call) => call.procedure).join(',')}?batch=1`;
  const url = get ? `${path}&input=${encodeText(inputs)}` : path;
  const reached = c.calls.map((call, index) => {
    if (!Object.hasOwn(routes, call.procedure)) return undefined;
    const name = call.procedure as OperationName;
    const route: RouteDefinition = routes[name];
    return methodOf(route) === method
      ? { name, sent: splitTrpcInput(route, texts[index]) }
      : undefined;
  });
  return {
    options: {
      method: method as 'GET',
      url,
      ...(get ? {} : { payload: inputs, headers: { 'content-type': 'application/json' } }),
    },
    reached,
    names: c.calls.map((call) =>
      Object.hasOwn(routes, call.procedure) ? call.procedure : undefined,
    ),
    writes: c.calls.some((call) => isMutation(call.procedure)),
    summary: `${method} ${url.slice(0, 300)}${get ? '' : ` body ${inputs.slice(0, 300)}`}`,
  };
}
