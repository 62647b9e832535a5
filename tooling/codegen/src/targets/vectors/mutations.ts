/**
 * Every edge case of one node of a base payload: presence, null and wrong types for all, then
 * what the node's shape adds (see scalar-candidates and structure-candidates).
 */
import { ADDED_LATER, type Candidate, constant, EXTRA_FIELD, EXTRA_VALUE } from './candidate.js';
import { instantCandidates, numberCandidates, stringCandidates } from './scalar-candidates.js';
import type { JsonValue } from './schema.js';
import { collectionCandidates, unionCandidates } from './structure-candidates.js';
import type { SchemaNode } from './walk.js';

export type { Candidate, Category } from './candidate.js';

const wrongTypeOf = (node: SchemaNode): JsonValue => {
  switch (node.shape) {
    case 'object':
    case 'record':
    case 'union':
      return [1];
    case 'array':
      return 'text';
    case 'integer':
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    default:
      return 42;
  }
};

/** Every JSON type but the node's own (a string is no wrong type for an enum: it is forward). */
function rootWrongTypes(node: SchemaNode): JsonValue[] {
  const own: Record<string, string> = {
    object: 'object',
    record: 'object',
    union: 'object',
    array: 'array',
    string: 'string',
    dateTime: 'string',
    enum: 'string',
    const: 'string',
    integer: 'number',
    number: 'number',
    boolean: 'boolean',
  };
  const samples: [string, JsonValue][] = [
    ['array', []],
    ['object', {}],
    ['string', 'text'],
    ['number', 42],
    ['boolean', true],
  ];
  return samples.filter(([type]) => type !== own[node.shape]).map(([, value]) => value);
}

/** Every candidate for one node of the base payload. */
export function candidatesFor(node: SchemaNode): Candidate[] {
  const { path } = node;
  const out: Candidate[] = [];
  const isRoot = path.length === 0;
  if (node.property) {
    out.push({
      reason: 'missingRequired',
      reasonIfAccepted: 'absent',
      path,
      ifRejected: 'invalid',
      wire: () => undefined,
    });
  }
  if (node.value !== null) {
    out.push({
      reason: 'nullForNonNullable',
      reasonIfAccepted: 'null',
      path,
      ifRejected: 'invalid',
      wire: constant(null),
    });
  }
  if (node.property?.discriminator) return out;
  const wrong = isRoot ? rootWrongTypes(node) : [wrongTypeOf(node)];
  for (const value of wrong) {
    const label = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    out.push({ reason: 'wrongType', label, path, ifRejected: 'invalid', wire: constant(value) });
  }
  switch (node.shape) {
    case 'string':
      out.push(...stringCandidates(node, path));
      break;
    case 'dateTime':
      out.push(...instantCandidates(path));
      break;
    case 'integer':
    case 'number':
      out.push(...numberCandidates(node, path));
      break;
    case 'array':
    case 'record':
      out.push(...collectionCandidates(node, path));
      break;
    case 'union':
      out.push(...unionCandidates(node, path));
      break;
    case 'enum':
      out.push({
        reason: 'unknownEnumValue',
        path,
        ifRejected: 'forward',
        wire: constant(ADDED_LATER),
        unknownEnum: isRoot,
      });
      out.push({
        reason: 'emptyEnumValue',
        path,
        ifRejected: 'forward',
        wire: constant(''),
        unknownEnum: isRoot,
      });
      if (typeof node.value === 'string' && node.value.toUpperCase() !== node.value) {
        out.push({
          reason: 'enumCase',
          path,
          ifRejected: 'forward',
          wire: constant(node.value.toUpperCase()),
          unknownEnum: isRoot,
        });
      }
      break;
    case 'const':
      out.push({
        reason: 'wrongLiteral',
        path,
        ifRejected: 'invalid',
        wire: constant(`${String(node.value)}_other`),
      });
      break;
    case 'object':
      out.push({
        reason: 'extraField',
        path,
        ifRejected: 'drop',
        wire: (at) =>
          at !== null && typeof at === 'object' && !Array.isArray(at)
            ? { ...at, [EXTRA_FIELD]: EXTRA_VALUE }
            : at,
      });
      break;
    default:
      break;
  }
  return out;
}
