/**
 * The vectors of one component: hand-made bases, seeded fast-check samples and the edge cases
 * of every node, each judged by the model's Zod schema (the oracle), with the JSON the Dart
 * model must write back.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema } from '@acme/contract';
import type { z } from 'zod';
import { CodegenError } from '../../errors.js';
import { arbitraryOf } from './arbitrary.js';
import { expectedOf, expectedOfEdit } from './canonical.js';
import { exampleOf } from './examples.js';
import { type Candidate, candidatesFor } from './mutations.js';
import { type Judgement, judge, judgeEdit } from './oracle.js';
import { sampleUntil } from './sample-until.js';
import { type Components, getAt, type JsonPath, type JsonValue, refName, setAt } from './schema.js';
import { walk } from './walk.js';

/**
 * A vector that is a valid base vector with one value changed (an edge case): `json` is the
 * base's json with the value at `path` replaced, or removed where it holds none. The vector
 * file stores only that change (see render-file.ts); `json` and `expected` here are whole.
 */
export interface VectorEdit {
  /** Name of the valid vector this one edits. */
  base: string;
  path: JsonPath;
  /**
   * `expected` is the base's expected with its value at `path` replaced (or removed) the same
   * way; false when the change moved expected elsewhere too (stored whole).
   */
  expectedAtPathOnly: boolean;
}

export interface ValidVector {
  name: string;
  json: JsonValue;
  expected: JsonValue;
  edit?: VectorEdit;
}
export interface InvalidVector {
  name: string;
  reason: string;
  path: JsonPath;
  json: JsonValue;
  edit?: VectorEdit;
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

/** A valid vector that edge cases edit: its name, json and expected. */
interface EditBase {
  name: string;
  json: JsonValue;
  expected: JsonValue;
}

/** Whether `a` and `b` are the same JSON value everywhere but at `path` (and below it). */
function sameExceptAt(a: JsonValue, b: JsonValue, path: JsonPath): boolean {
  if (path.length === 0) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [head, ...rest] = path;
  const left = a as Record<string, JsonValue>;
  const right = b as Record<string, JsonValue>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (key === String(head)) continue;
    if (!Object.hasOwn(left, key) || !Object.hasOwn(right, key)) return false;
    if (!isDeepStrictEqual(left[key], right[key])) return false;
  }
  const [below, other] = [left[String(head)], right[String(head)]];
  // At the edited key itself anything goes; above it, the containers must match around it.
  if (rest.length === 0 || below === undefined || other === undefined) return rest.length === 0;
  return sameExceptAt(below, other, rest);
}

/** Collects vectors without duplicates (per category) and with unique names. */
class VectorSet {
  readonly vectors: ComponentVectors = { valid: [], invalid: [], tolerated: [], forward: [] };
  private readonly seen = new Set<string>();
  private readonly names = new Set<string>();

  constructor(
    private readonly schema: JsonSchema,
    private readonly components: Components,
    readonly zod: z.ZodType,
  ) {}

  /**
   * Adds `json` as a valid vector when Zod accepts it (`result`). False when Zod rejects it;
   * else `stored` is the name it was added under (undefined: an equal vector came earlier).
   */
  addValid(
    name: string,
    json: JsonValue,
    result: Judgement = judge(this.zod, json),
    edit?: { base: EditBase; path: JsonPath },
  ): false | { stored?: string } {
    if (!result.ok) return false;
    if (!this.fresh('valid', json)) return {};
    // An edge case judged from its edited value alone: its expected is the base's with that
    // value's part recomputed, and differs from it nowhere else.
    const edited =
      edit && result.local
        ? expectedOfEdit(
            this.schema,
            this.components,
            edit.base.expected,
            edit.path,
            json,
            result.output,
          )
        : undefined;
    const expected = edited ?? expectedOf(this.schema, this.components, json, result.output);
    const stored = this.uniqueName(name);
    const vector: ValidVector = { name: stored, json, expected };
    // A change of the whole payload is stored whole.
    if (edit && edit.path.length > 0) {
      vector.edit = {
        base: edit.base.name,
        path: edit.path,
        expectedAtPathOnly:
          edited !== undefined || sameExceptAt(expected, edit.base.expected, edit.path),
      };
    }
    this.vectors.valid.push(vector);
    return { stored };
  }

  /**
   * Adds the payload of an edge case applied to `base` (which Zod outputs as `baseOutput` and
   * Dart re-encodes as `base.expected`): valid if Zod accepts it, else of the kind the edge
   * case names.
   */
  addEdgeCase(candidate: Candidate, base: EditBase, baseOutput: JsonValue): void {
    const wire = candidate.wire(getAt(base.json, candidate.path) as JsonValue);
    const json = setAt(base.json, candidate.path, wire);
    const where = pathText(candidate.path);
    const result = judgeEdit(this.zod, base.json, baseOutput, candidate.path, wire, json);
    const name = `${candidate.reasonIfAccepted ?? candidate.reason} at ${where}`;
    if (this.addValid(name, json, result, { base, path: candidate.path })) return;
    const category = candidate.ifRejected;
    if (category === 'drop' || !this.fresh(category, json)) return;
    const label = candidate.label ? ` (${candidate.label})` : '';
    const entry = {
      name: this.uniqueName(`${candidate.reason}${label} at ${where}`),
      reason: candidate.reason,
      path: candidate.path,
      json,
      // The rest of the payload re-encodes as the base does; only the changed value differs.
      ...(candidate.path.length > 0
        ? { edit: { base: base.name, path: candidate.path, expectedAtPathOnly: true } }
        : {}),
    };
    if (category === 'invalid') {
      this.vectors.invalid.push(entry);
    } else if (candidate.unknownEnum) {
      this.vectors.forward.push({ ...entry, unknown: true });
    } else {
      const replacement = candidate.keepsRaw
        ? (wire as JsonValue)
        : (candidate.expect ?? candidate.wire)(getAt(base.expected, candidate.path) as JsonValue);
      const expected = setAt(base.expected, candidate.path, replacement as JsonValue);
      this.vectors[category].push({ ...entry, expected });
    }
  }

  private fresh(category: string, json: JsonValue): boolean {
    const key = `${category}\u0000${JSON.stringify(json)}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private uniqueName(name: string): string {
    let unique = name;
    for (let index = 2; this.names.has(unique); index++) unique = `${name} #${index}`;
    this.names.add(unique);
    return unique;
  }
}

function buildComponentVectors(
  component: string,
  components: Components,
  zod: z.ZodType,
): ComponentVectors {
  const schema = components[component] as JsonSchema;
  const set = new VectorSet(schema, components, zod);

  // Bases: one full and one minimal payload (per variant for a union).
  const roots = schema.oneOf && schema.discriminator ? schema.oneOf : [schema];
  const fullBases: { json: JsonValue; name: string }[] = [];
  for (const root of roots) {
    const label = refName(root) ? ` ${refName(root)}` : '';
    const full = exampleOf(root, components, 'full');
    const added = set.addValid(`full${label}`, full);
    if (!added) {
      throw new CodegenError(
        'cannot build a valid example payload for the vectors (a refinement Zod checks that the ' +
          'JSON Schema does not show?)',
        { model: component },
      );
    }
    // Variants differ in their tag, so each full base is a vector of its own.
    if (added.stored === undefined) throw new Error(`two equal full bases of ${component}`);
    fullBases.push({ json: full, name: added.stored });
    set.addValid(`minimal${label}`, exampleOf(root, components, 'minimal'));
  }
  for (const value of schema.enum ?? []) {
    set.addValid(`value ${JSON.stringify(value)}`, value as JsonValue);
  }
  // The contract's own examples (`.meta({ examples })`): payloads its authors want both
  // clients to agree on, e.g. the 426 body a retired app version receives.
  const examples: unknown[] = Array.isArray(schema.examples) ? schema.examples : [];
  examples.forEach((example, index) => {
    if (!set.addValid(`example ${index + 1}`, example as JsonValue)) {
      throw new CodegenError(`examples[${index}] does not pass the model's own Zod schema`, {
        model: component,
      });
    }
  });

  // Seeded random payloads; Zod drops the few the arbitraries get wrong.
  let accepted = 0;
  sampleUntil(
    arbitraryOf(schema, components),
    { seed: seedOf(component), numRuns: RANDOM_SAMPLES * 3 },
    (sample) => {
      if (set.addValid(`random ${accepted + 1}`, sample)) accepted++;
      return accepted < RANDOM_SAMPLES;
    },
  );

  // Edge cases of every node of each full base.
  for (const { json: base, name } of fullBases) {
    const { output } = judge(zod, base) as { output: JsonValue };
    const expected = expectedOf(schema, components, base, output);
    const candidates: Candidate[] = [];
    walk(schema, base, components, (node) => {
      if (propertyDepth(node.path) <= MAX_PROPERTY_DEPTH) candidates.push(...candidatesFor(node));
    });
    const deep = deepNesting(schema, base, components);
    if (deep !== undefined) set.addValid('deepNesting', deep);
    set.addValid('extraFieldsEverywhere', withExtraFields(candidates, base));
    for (const candidate of candidates) {
      set.addEdgeCase(candidate, { name, json: base, expected }, output);
    }
  }
  return set.vectors;
}
