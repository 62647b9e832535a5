/**
 * The vectors of one component: hand-made bases, seeded fast-check samples and the edge cases
 * of every node, each judged by the model's Zod schema (the oracle), with the JSON the Dart
 * model must write back.
 */
import type { JsonSchema } from '@acme/contract';
import fc from 'fast-check';
import type { z } from 'zod';
import { CodegenError } from '../../errors.js';
import { arbitraryOf } from './arbitrary.js';
import { expectedOf } from './canonical.js';
import { exampleOf } from './examples.js';
import { type Candidate, candidatesFor } from './mutations.js';
import { type Components, getAt, type JsonPath, type JsonValue, refName, setAt } from './schema.js';
import { walk } from './walk.js';

export interface ValidVector {
  name: string;
  json: JsonValue;
  expected: JsonValue;
}
export interface InvalidVector {
  name: string;
  reason: string;
  path: JsonPath;
  json: JsonValue;
}
export interface ToleratedVector extends InvalidVector {
  expected: JsonValue;
}
export type ForwardVector = InvalidVector & ({ expected: JsonValue } | { unknown: true });

export interface ComponentVectors {
  valid: ValidVector[];
  invalid: InvalidVector[];
  tolerated: ToleratedVector[];
  forward: ForwardVector[];
}

/** Fixed so that the committed vectors are the same bytes on every run and machine. */
const BASE_SEED = 20_240_229;
const RANDOM_SAMPLES = 10;
/** How deep the deep-nesting vector of a recursive model goes. */
const DEEP_NESTING = 40;
/** Edge cases reach this many object properties deep (nested models have their own files). */
const MAX_PROPERTY_DEPTH = 2;

/** FNV-1a: a per-component seed, so adding a model leaves the others' vectors unchanged. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ BASE_SEED) >>> 0;
}

/** `attachments[0].url`; keys that are not identifiers in brackets: `metadata["a b"]`. */
export const pathText = (path: JsonPath) =>
  path.length === 0
    ? '(root)'
    : path
        .map((key, index) => {
          if (typeof key === 'number') return `[${key}]`;
          if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `[${JSON.stringify(key)}]`;
          return index === 0 ? key : `.${key}`;
        })
        .join('');

type Oracle = (json: JsonValue) => { ok: true; output: JsonValue } | { ok: false };

function oracleOf(zod: z.ZodType): Oracle {
  return (json) => {
    const result = zod.safeParse(structuredClone(json));
    return result.success
      ? { ok: true, output: JSON.parse(JSON.stringify(result.data)) as JsonValue }
      : { ok: false };
  };
}

/** A self-recursive component and the array property it recurses through, if any. */
function recursiveArrayProperty(name: string, components: Components): string | undefined {
  const schema = components[name];
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    if (property.type === 'array' && property.items && refName(property.items) === name) return key;
  }
  return undefined;
}

function deepChain(
  name: string,
  property: string,
  components: Components,
  depth: number,
): JsonValue {
  const minimal = exampleOf({ $ref: `#/components/schemas/${name}` }, components, 'minimal') as {
    [key: string]: JsonValue;
  };
  if (depth === 0) return minimal;
  return { ...minimal, [property]: [deepChain(name, property, components, depth - 1)] };
}

/** The first place in `base` that holds a self-recursive model, as a deeply nested payload. */
function deepNesting(
  schema: JsonSchema,
  base: JsonValue,
  components: Components,
): JsonValue | undefined {
  let found: { path: JsonPath; component: string; property: string } | undefined;
  walk(schema, base, components, (node) => {
    if (found || node.component === undefined) return;
    const property = recursiveArrayProperty(node.component, components);
    if (property) found = { path: node.path, component: node.component, property };
  });
  if (!found) return undefined;
  return setAt(
    base,
    found.path,
    deepChain(found.component, found.property, components, DEEP_NESTING),
  );
}

const propertyDepth = (path: JsonPath) => path.filter((key) => typeof key === 'string').length;

/** Adds `zzFieldAddedLater` to every object of a payload (Zod strips it, Dart ignores it). */
function withExtraFields(candidates: Candidate[], base: JsonValue): JsonValue {
  let payload = base;
  for (const candidate of candidates) {
    if (candidate.reason !== 'extraField') continue;
    const at = getAt(payload, candidate.path);
    if (at !== undefined) payload = setAt(payload, candidate.path, candidate.wire(at) as JsonValue);
  }
  return payload;
}

export function buildVectors(
  component: string,
  components: Components,
  zod: z.ZodType,
): ComponentVectors {
  try {
    return buildComponentVectors(component, components, zod);
  } catch (error) {
    // Schema readers do not know which model they are in; name it for the user.
    if (error instanceof CodegenError && error.model === undefined) {
      throw new CodegenError(error.message, { model: component });
    }
    throw error;
  }
}

function buildComponentVectors(
  component: string,
  components: Components,
  zod: z.ZodType,
): ComponentVectors {
  const schema = components[component] as JsonSchema;
  const oracle = oracleOf(zod);
  const vectors: ComponentVectors = { valid: [], invalid: [], tolerated: [], forward: [] };
  const seen = new Set<string>();
  const names = new Set<string>();
  const uniqueName = (name: string) => {
    let unique = name;
    for (let index = 2; names.has(unique); index++) unique = `${name} #${index}`;
    names.add(unique);
    return unique;
  };
  const fresh = (category: string, json: JsonValue) => {
    const key = `${category}\u0000${JSON.stringify(json)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const addValid = (name: string, json: JsonValue): boolean => {
    const result = oracle(json);
    if (!result.ok) return false;
    if (fresh('valid', json)) {
      vectors.valid.push({
        name: uniqueName(name),
        json,
        expected: expectedOf(schema, components, json, result.output),
      });
    }
    return true;
  };

  // Bases: one full and one minimal payload (per variant for a union).
  const roots = schema.oneOf && schema.discriminator ? schema.oneOf : [schema];
  const fullBases: JsonValue[] = [];
  for (const root of roots) {
    const label = refName(root) ? ` ${refName(root)}` : '';
    const full = exampleOf(root, components, 'full');
    if (!addValid(`full${label}`, full)) {
      throw new CodegenError(
        'cannot build a valid example payload for the vectors (a refinement Zod checks that the ' +
          'JSON Schema does not show?)',
        { model: component },
      );
    }
    fullBases.push(full);
    addValid(`minimal${label}`, exampleOf(root, components, 'minimal'));
  }

  for (const value of schema.enum ?? [])
    addValid(`value ${JSON.stringify(value)}`, value as JsonValue);

  // Seeded random payloads.
  const samples = fc.sample(arbitraryOf(schema, components), {
    seed: seedOf(component),
    numRuns: RANDOM_SAMPLES * 3,
  });
  let accepted = 0;
  for (const sample of samples) {
    if (accepted >= RANDOM_SAMPLES) break;
    if (addValid(`random ${accepted + 1}`, sample)) accepted++;
  }

  for (const base of fullBases) {
    const baseExpected = expectedOf(
      schema,
      components,
      base,
      (oracle(base) as { output: JsonValue }).output,
    );
    const candidates: Candidate[] = [];
    walk(schema, base, components, (node) => {
      if (propertyDepth(node.path) <= MAX_PROPERTY_DEPTH) candidates.push(...candidatesFor(node));
    });
    const deep = deepNesting(schema, base, components);
    if (deep !== undefined) addValid('deepNesting', deep);
    addValid('extraFieldsEverywhere', withExtraFields(candidates, base));

    for (const candidate of candidates) {
      const at = getAt(base, candidate.path) as JsonValue;
      const wire = candidate.wire(at);
      const json =
        wire === undefined
          ? setAt(base, candidate.path, undefined)
          : setAt(base, candidate.path, wire);
      const where = pathText(candidate.path);
      if (oracle(json).ok) {
        addValid(`${candidate.reasonIfAccepted ?? candidate.reason} at ${where}`, json);
        continue;
      }
      const category = candidate.ifRejected;
      if (category === 'drop' || !fresh(category, json)) continue;
      const label = candidate.label ? ` (${candidate.label})` : '';
      const entry = {
        name: uniqueName(`${candidate.reason}${label} at ${where}`),
        reason: candidate.reason,
        path: candidate.path,
        json,
      };
      if (category === 'invalid') {
        vectors.invalid.push(entry);
        continue;
      }
      if (candidate.unknownEnum) {
        vectors.forward.push({ ...entry, unknown: true });
        continue;
      }
      const expectedAt = getAt(baseExpected, candidate.path) as JsonValue;
      const replacement = candidate.keepsRaw
        ? (wire as JsonValue)
        : (candidate.expect ?? candidate.wire)(expectedAt);
      const expected = setAt(baseExpected, candidate.path, replacement as JsonValue);
      vectors[category].push({ ...entry, expected });
    }
  }
  return vectors;
}
