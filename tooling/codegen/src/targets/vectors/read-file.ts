/**
 * Reads a vector file back into whole vectors: every edit of a base vector (see render-file.ts)
 * applied, so each vector has its whole `json` and, where it has one, its whole `expected`.
 * What the generated Dart test does before decoding; TypeScript tests of the vectors use this.
 */
import { type JsonPath, type JsonValue, setAt } from './schema.js';

type VectorKind = 'valid' | 'invalid' | 'tolerated' | 'forward';

export interface WholeValidVector {
  name: string;
  /** Where an edge case changed its base; absent on the bases and samples. */
  path?: JsonPath;
  json: JsonValue;
  expected: JsonValue;
}

/** An invalid, tolerated or forward vector: `expected` on tolerated and forward ones. */
export interface WholeEdgeVector {
  name: string;
  reason: string;
  path: JsonPath;
  json: JsonValue;
  expected?: JsonValue;
  unknown?: true;
}

export interface WholeVectorFile {
  model: string;
  dartType: string;
  valid: WholeValidVector[];
  invalid: WholeEdgeVector[];
  tolerated: WholeEdgeVector[];
  forward: WholeEdgeVector[];
}

type StoredVector = Record<string, JsonValue | undefined> & { name: string };

export function readVectorFile(text: string, file = 'vector file'): WholeVectorFile {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const section = (kind: VectorKind) => (parsed[kind] ?? []) as StoredVector[];
  const bases = new Map(section('valid').map((vector) => [vector.name, vector]));
  const whole = <Whole>(vector: StoredVector): Whole => {
    const { base, value, absent, expectedValue, expectedAbsent, ...rest } = vector;
    if (base === undefined) return rest as unknown as Whole;
    const of = bases.get(String(base));
    if (of?.json === undefined || of.base !== undefined) {
      throw new Error(
        `${file}: ${vector.name}: base ${JSON.stringify(base)} is no whole valid vector`,
      );
    }
    const path = vector.path as JsonPath;
    const edited = (
      from: JsonValue | undefined,
      removed: JsonValue | undefined,
      to: JsonValue | undefined,
    ) => setAt(from as JsonValue, path, removed === true ? undefined : (to as JsonValue));
    const result: Record<string, unknown> = { ...rest, json: edited(of.json, absent, value) };
    if (rest.expected === undefined && (expectedValue !== undefined || expectedAbsent === true)) {
      result.expected = edited(of.expected, expectedAbsent, expectedValue);
    }
    return result as Whole;
  };
  return {
    model: String(parsed.model),
    dartType: String(parsed.dartType),
    valid: section('valid').map(whole<WholeValidVector>),
    invalid: section('invalid').map(whole<WholeEdgeVector>),
    tolerated: section('tolerated').map(whole<WholeEdgeVector>),
    forward: section('forward').map(whole<WholeEdgeVector>),
  };
}
