import { type OperationName, REST_PREFIX, type RouteDefinition, routes } from '@acme/contract';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import type { SentInput } from './effects.js';
import {
  badJsonText,
  bulkAt,
  contentType,
  edgeInstantAt,
  extraKeysAt,
  forgedCursor,
  hostileId,
  hostileLimit,
  oddString,
  oddStringAt,
  prototypeKeyAt,
  setAt,
  wrongTypeAt,
} from './hostile.js';
import { Huge, Ref, type Resolve, resolveRefs, toJsonText, toUrlText } from './markers.js';
import { planOf } from './plans.js';
import { encodeText, queryObject, queryString } from './url.js';
import { type InputParts, validInput } from './valid-input.js';

/** One generated REST request, as fast-check prints it when a property fails. */
export interface RestCase {
  kind: string;
  input: InputParts;
  /** Another method than the route's (the request then misses the route). */
  method?: string;
  /** Written into the URL instead of the path parameters, without encoding. */
  rawSegment?: string;
  /** Appended to the query: repeated and unknown parameters. */
  extraQuery?: [string, unknown][];
  /** Sent instead of the JSON of input.body. */
  rawBody?: string;
  /** The content-type header; null sends none, undefined sends JSON's when there is a body. */
  contentType?: string | null;
}

const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const RAW_SEGMENTS = ['%zz', '%00', '%E0%A4%A', '%', '%2F', '..', '%252F', '%C0%AF', '%ED%A0%80'];

/** Valid calls (about 40%) mixed with every kind of hostile one, for one route. */
export function restCaseArbitrary(name: OperationName, bodyLimit: number): fc.Arbitrary<RestCase> {
  const route: RouteDefinition = routes[name];
  const valid = validInput(name, planOf(name));
  const roots = (['params', 'query', 'body'] as const)
    .filter((part) => route[part] !== undefined)
    .map((part) => [part]);
  const fallbackRoots = roots.length > 0 ? roots : [['query']];
  const mutated = (
    kind: string,
    mutate: (tree: object, roots: (string | number)[][]) => fc.Arbitrary<object>,
  ) =>
    valid.chain((input) =>
      mutate(input, fallbackRoots).map((next): RestCase => ({ kind, input: next as InputParts })),
    );
  const paramNames = Object.keys(route.params?.shape ?? {});
  const queryNames = Object.keys(route.query?.shape ?? {});

  const idCase = valid.chain((input) =>
    fc
      .tuple(
        fc.constantFrom(...(paramNames.length > 0 ? paramNames : ['id'])),
        fc.oneof(
          hostileId,
          fc.nat().map((pick) => new Ref('deletedTask', pick)),
        ),
      )
      .map(
        ([key, id]): RestCase => ({
          kind: 'id',
          input: setAt(input, ['params', key], id) as InputParts,
        }),
      ),
  );

  const framingCase = valid.chain((input) =>
    fc.oneof(
      badJsonText.map((rawBody): RestCase => ({ kind: 'bad JSON', input, rawBody })),
      contentType.map(
        (type): RestCase => ({
          kind: 'content type',
          input: { ...input, body: input.body ?? {} },
          contentType: type,
        }),
      ),
    ),
  );

  const queryCase = valid.chain((input) =>
    fc.oneof(
      fc
        .array(
          fc.oneof(
            fc.tuple(fc.constant('limit'), hostileLimit),
            fc.tuple(fc.constant('cursor'), forgedCursor),
            fc.tuple(fc.constantFrom(...queryNames, '__proto__', 'constructor', 'x'), oddString),
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((extraQuery): RestCase => ({ kind: 'query params', input, extraQuery })),
      fc
        .oneof(
          hostileLimit.map((limit) => ['limit', limit] as const),
          forgedCursor.map((cursor) => ['cursor', cursor] as const),
        )
        .map(
          ([key, value]): RestCase => ({
            kind: 'query value',
            input: setAt(input, ['query', key], value) as InputParts,
          }),
        ),
    ),
  );

  const cases: fc.WeightedArbitrary<RestCase>[] = [
    { weight: 45, arbitrary: valid.map((input): RestCase => ({ kind: 'valid', input })) },
    { weight: 12, arbitrary: mutated('wrong type', wrongTypeAt) },
    { weight: 8, arbitrary: mutated('odd string', oddStringAt) },
    { weight: 5, arbitrary: mutated('prototype key', prototypeKeyAt) },
    { weight: 5, arbitrary: mutated('extra keys', extraKeysAt) },
    // Bulky bodies cost a hundred times a small one: about 1% of the cases.
    { weight: 1, arbitrary: mutated('bulk', (tree, r) => bulkAt(tree, r, bodyLimit)) },
    { weight: route.body ? 4 : 0, arbitrary: mutated('edge instant', edgeInstantAt) },
    { weight: route.params ? 8 : 0, arbitrary: idCase },
    { weight: route.body ? 8 : 2, arbitrary: framingCase },
    { weight: route.query ? 8 : 0, arbitrary: queryCase },
    {
      weight: 1,
      arbitrary: valid.chain((input) =>
        fc.oneof(
          fc
            .constantFrom(...OTHER_METHODS.filter((m) => m !== route.method))
            .map((method): RestCase => ({ kind: 'method', input, method })),
          fc
            .constantFrom(...RAW_SEGMENTS)
            .map((rawSegment): RestCase => ({ kind: 'raw segment', input, rawSegment })),
          fc.constant<RestCase>({
            kind: 'huge query',
            input,
            extraQuery: [['cursor', new Huge('c', bodyLimit + 1)]],
          }),
        ),
      ),
    },
  ];
  return fc.oneof(...cases.filter((c) => c.weight > 0));
}

export interface RenderedRest {
  options: InjectOptions;
  /**
   * The operation the request reaches (another one when the method was changed: DELETE on
   * getTask's path is deleteTask) and what it received; undefined when it reaches none.
   */
  reached: { name: OperationName; sent: SentInput } | undefined;
  summary: string;
}

/** The table's operation for a method and path, if any (HEAD is served by the GET route). */
function operationAt(method: string, path: string): OperationName | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return (Object.keys(routes) as OperationName[]).find(
    (name) => routes[name].method === wanted && routes[name].path === path,
  );
}

/** The request a case stands for, with references resolved against the live model. */
export function renderRest(name: OperationName, c: RestCase, resolve: Resolve): RenderedRest {
  const route: RouteDefinition = routes[name];
  const input = resolveRefs(c.input, resolve) as InputParts;
  // An empty or dot segment, or a raw one, changes which route the URL names (if any).
  let otherPath = false;
  const path = route.path.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (c.rawSegment !== undefined) {
      otherPath = true;
      return c.rawSegment;
    }
    const value = input.params?.[key];
    const text = value === undefined ? '' : toUrlText(value);
    if (text === '' || text === '.' || text === '..') otherPath = true;
    return encodeText(text);
  });
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([key, toUrlText(item)]);
  }
  for (const [key, value] of c.extraQuery ?? []) pairs.push([key, toUrlText(value)]);
  const search = pairs.length > 0 ? `?${queryString(pairs)}` : '';
  const bodyText = c.rawBody ?? (input.body === undefined ? undefined : toJsonText(input.body));
  const type =
    c.contentType === undefined
      ? bodyText === undefined
        ? null
        : 'application/json'
      : c.contentType;
  const method = c.method ?? route.method;
  const url = `${REST_PREFIX}${path}${search}`;
  const reached = otherPath ? undefined : operationAt(method, route.path);
  let body: unknown;
  try {
    body = bodyText === undefined ? undefined : JSON.parse(bodyText);
  } catch {
    body = bodyText;
  }
  return {
    options: {
      method: method as 'GET',
      url,
      ...(bodyText === undefined ? {} : { payload: bodyText }),
      ...(type === null ? {} : { headers: { 'content-type': type } }),
    },
    reached:
      reached === undefined
        ? undefined
        : {
            name: reached,
            sent: {
              params: input.params === undefined ? undefined : paramsText(input.params),
              query: queryObject(pairs),
              body,
            },
          },
    summary: `${method} ${url.slice(0, 300)}${bodyText === undefined ? '' : ` body ${bodyText.slice(0, 300)}`}`,
  };
}

/** Path parameters as the route sees them: text. */
const paramsText = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toUrlText(value)]));
