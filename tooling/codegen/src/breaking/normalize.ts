import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../errors.js';
import type { LoadedContract } from '../pipeline/types.js';
import { DART_DECODER_FEATURES } from './features.js';
import {
  type ContractSnapshot,
  type ModelSnapshot,
  modelRef,
  type ParameterSnapshot,
  type RouteSnapshot,
  SNAPSHOT_FORMAT,
} from './snapshot-format.js';
import { sortKeysDeep } from './stable-json.js';

// As in @acme/contract's json-schema.ts, but not imported from there: a value import would load
// the codegen's own copy of the contract (registering its models in Zod's registry) next to the
// contract being read, and the prebuilt CLI would load it on every run.
const COMPONENTS_PREFIX = '#/components/schemas/';
const refName = (ref: string): string | undefined =>
  ref.startsWith(COMPONENTS_PREFIX) ? ref.slice(COMPONENTS_PREFIX.length) : undefined;

/** Keywords that document a schema but change nothing on the wire; dropped to avoid churn. */
const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
]);
const SCHEMA_LISTS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);

type RefTarget = (component: string) => string;

/**
 * Copies a schema, keyword-aware (a property named `description` is data, not an annotation),
 * pointing every component reference at the model shape it stands for.
 */
function cleanSchema(schema: JsonSchema, target: RefTarget): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = target(value);
    } else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, cleanSchema(child, target)]),
      );
    } else if (SCHEMA_VALUES.has(key) && value && typeof value === 'object') {
      out[key] = cleanSchema(value as JsonSchema, target);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((child) => cleanSchema(child, target));
    } else if (key === 'discriminator' && value && typeof value === 'object') {
      const { propertyName, mapping } = value as NonNullable<JsonSchema['discriminator']>;
      out.discriminator = {
        propertyName,
        ...(mapping && {
          mapping: Object.fromEntries(
            Object.entries(mapping).map(([tag, ref]) => [tag, target(ref)]),
          ),
        }),
      };
    } else if (key === 'required' && Array.isArray(value)) {
      out.required = [...value].sort();
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

function componentName(ref: string): string {
  const name = refName(ref);
  if (name === undefined)
    throw new Error(`unexpected reference ${ref} (not under ${COMPONENTS_PREFIX})`);
  return name;
}

interface Operation {
  parameters?: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

const jsonSchemaOf = (part: { content?: Record<string, { schema: JsonSchema }> } | undefined) =>
  part?.content?.['application/json']?.schema;

/**
 * The contract reduced to what old clients depend on: every model's input and output shape and
 * every route's wire surface, keyed and sorted so that equal contracts give equal bytes.
 */
export function normalizeContract(
  contract: Pick<LoadedContract, 'routes' | 'document' | 'schemas'>,
  appVersion: string,
): ContractSnapshot {
  try {
    return normalize(contract, appVersion);
  } catch (error) {
    // Only a contract builder that broke its own invariants gets here; say where it surfaced.
    throw new CodegenError(`cannot normalize the contract: ${(error as Error).message}`);
  }
}

function normalize(
  contract: Pick<LoadedContract, 'routes' | 'document' | 'schemas'>,
  appVersion: string,
): ContractSnapshot {
  const { components, models: shapes } = contract.schemas;
  const byName = { input: new Map<string, string>(), output: new Map<string, string>() };
  for (const [id, names] of Object.entries(shapes)) {
    if (names.output) byName.output.set(names.output, id);
    if (names.input) byName.input.set(names.input, id);
  }
  const targetIn =
    (shape: 'input' | 'output'): RefTarget =>
    (ref) => {
      const name = componentName(ref);
      const id = byName[shape].get(name);
      if (id === undefined)
        throw new Error(`component ${name} is not the ${shape} shape of a model`);
      return modelRef(id, shape);
    };
  // Parameter schemas refer to models by id and are always read by the server.
  const parameterTarget: RefTarget = (ref) => modelRef(componentName(ref), 'input');

  const models: Record<string, ModelSnapshot> = {};
  for (const [id, names] of Object.entries(shapes)) {
    const model: ModelSnapshot = {};
    for (const shape of ['output', 'input'] as const) {
      const name = names[shape];
      const schema = name === undefined ? undefined : components[name];
      if (schema !== undefined) model[shape] = cleanSchema(schema, targetIn(shape));
    }
    models[id] = model;
  }

  const routes: Record<string, RouteSnapshot> = {};
  for (const [operationId, route] of Object.entries(contract.routes)) {
    const operation = contract.document.paths[route.path]?.[route.method.toLowerCase()] as
      | Operation
      | undefined;
    if (operation === undefined) {
      throw new Error(`route ${operationId} is missing from the OpenAPI document`);
    }
    const params: Record<string, ParameterSnapshot> = {};
    const query: Record<string, ParameterSnapshot> = {};
    for (const parameter of operation.parameters ?? []) {
      const into = parameter.in === 'path' ? params : query;
      into[parameter.name] = {
        required: parameter.required,
        schema: cleanSchema(parameter.schema, parameterTarget),
      };
    }
    const bodySchema = jsonSchemaOf(operation.requestBody);
    const responseSchema = jsonSchemaOf(operation.responses[String(route.successStatus)]);
    const errorSchema = Object.entries(operation.responses)
      .filter(([status]) => status !== String(route.successStatus))
      .map(([, response]) => jsonSchemaOf(response))
      .find((schema) => schema !== undefined);
    const modelOf = (schema: JsonSchema | undefined, shape: 'input' | 'output') =>
      schema?.$ref === undefined ? null : (byName[shape].get(componentName(schema.$ref)) ?? null);
    routes[operationId] = {
      method: route.method,
      path: route.path,
      successStatus: route.successStatus,
      params,
      query,
      body: route.body ? modelOf(bodySchema, 'input') : null,
      response: route.response ? modelOf(responseSchema, 'output') : null,
      error: modelOf(errorSchema, 'output'),
      errors: [...route.errors].sort(),
      errorStatuses: Object.keys(operation.responses)
        .map(Number)
        .filter((status) => status !== route.successStatus)
        .sort((a, b) => a - b),
      // A contract from before routes declared it (a --base ref) was public throughout.
      access: route.access ?? 'public',
    };
  }
  return sortKeysDeep({
    snapshotFormat: SNAPSHOT_FORMAT,
    appVersion,
    dartFeatures: { ...DART_DECODER_FEATURES },
    models,
    routes,
  }) as ContractSnapshot;
}
