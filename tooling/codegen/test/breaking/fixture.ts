import { buildContractSchemas, buildOpenApiDocument, type RouteDefinition } from '@acme/contract';
import { z } from 'zod';
import type { DecoderFeatures } from '../../src/breaking/features.js';
import { normalizeContract } from '../../src/breaking/normalize.js';
import { parseSnapshot } from '../../src/breaking/snapshot-files.js';
import type { ContractSnapshot } from '../../src/breaking/snapshot-format.js';
import { stableJson } from '../../src/breaking/stable-json.js';

type Routes = Record<string, RouteDefinition>;

const idmap = () => (z.globalRegistry as unknown as { _idmap: Map<string, z.ZodType> })._idmap;

type Registered = [id: string, schema: z.ZodType, meta: ReturnType<typeof z.globalRegistry.get>];

let errorModels: Set<string> | undefined;
/** The models every contract has (the error shape and what it refers to). */
const alwaysNeeded = () => {
  errorModels ??= new Set(Object.keys(buildContractSchemas({}).components));
  return errorModels;
};

/**
 * The snapshot of a fixture contract, exactly as `snapshot` would write and `breaking` read it
 * (normalized, serialized, parsed and validated). Models the fixture registers are removed from
 * Zod's global registry afterwards, so the next fixture may reuse their ids. Unless the fixture
 * uses the example contract (`isolated: false`), the example's models are hidden meanwhile: the
 * builder converts the whole registry, and the table test builds hundreds of fixtures.
 */
export function snapshotOf(
  define: () => Routes,
  features: Partial<DecoderFeatures> = {},
  version = '1.0.0',
  { isolated = true }: { isolated?: boolean } = {},
): ContractSnapshot {
  const before = new Set(idmap().keys());
  const hidden: Registered[] = isolated
    ? [...idmap()]
        .filter(([id]) => !alwaysNeeded().has(id))
        .map(([id, schema]) => [id, schema, z.globalRegistry.get(schema)])
    : [];
  for (const [, schema] of hidden) z.globalRegistry.remove(schema);
  try {
    const routes = define();
    const contract = {
      routes,
      schemas: buildContractSchemas(routes),
      document: buildOpenApiDocument(routes, { title: 'fixture', version: '0.0.0' }),
    };
    const snapshot = parseSnapshot(stableJson(normalizeContract(contract, version)), 'fixture');
    return { ...snapshot, dartFeatures: { ...snapshot.dartFeatures, ...features } };
  } finally {
    for (const [id, schema] of [...idmap()]) {
      if (!before.has(id)) z.globalRegistry.remove(schema);
    }
    for (const [, schema, meta] of hidden) z.globalRegistry.add(schema, meta as never);
  }
}

export const route = (over: Partial<RouteDefinition> = {}): RouteDefinition => ({
  method: 'GET',
  path: '/things/{thingId}',
  summary: 'fixture route',
  tag: 'things',
  access: 'public',
  params: z.object({ thingId: z.uuid() }),
  response: null,
  successStatus: 200,
  errors: [],
  ...over,
});

/** GET /things/{thingId} answering the model `Thing` with these fields. */
export const responds = (shape: z.ZodRawShape, strict = false): Routes => ({
  getThing: route({
    response: (strict ? z.strictObject(shape) : z.object(shape)).meta({ id: 'Thing' }),
  }),
});

/** POST /things taking the body `ThingInput` with these fields. */
export const accepts = (shape: z.ZodRawShape, strict = false): Routes => ({
  createThing: route({
    method: 'POST',
    path: '/things',
    params: undefined,
    body: (strict ? z.strictObject(shape) : z.object(shape)).meta({ id: 'ThingInput' }),
    successStatus: 204,
  }),
});

/** One field `value` in a response model and in a request body. */
export const field = (schema: () => z.ZodType) => ({
  response: () => responds({ value: schema() }),
  request: () => accepts({ value: schema() }),
});
