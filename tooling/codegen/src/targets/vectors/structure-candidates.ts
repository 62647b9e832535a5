/** Edge cases of structured nodes: array and record sizes, union tags. */
import { ADDED_LATER, type Candidate, constant } from './candidate.js';
import { countBound, type JsonPath, type JsonValue } from './schema.js';
import type { SchemaNode } from './walk.js';

export function collectionCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const out: Candidate[] = [];
  if (node.shape === 'array') {
    const max = countBound(node.schema, 'maxItems');
    const repeat = (count: number) => (at: JsonValue) =>
      Array.isArray(at) && at.length > 0
        ? Array.from({ length: count }, () => at[0] as JsonValue)
        : at;
    if (max !== undefined && Array.isArray(node.value) && node.value.length > 0) {
      out.push({ reason: 'tooManyItems', path, ifRejected: 'tolerated', wire: repeat(max + 1) });
      out.push({ reason: 'atMaxItems', path, ifRejected: 'drop', wire: repeat(max) });
    }
    out.push({ reason: 'emptyArray', path, ifRejected: 'drop', wire: constant([]) });
  } else {
    const max = countBound(node.schema, 'maxProperties');
    const entries = (count: number, key: (index: number) => string) => (at: JsonValue) => {
      const first =
        at !== null && typeof at === 'object' && !Array.isArray(at)
          ? Object.values(at)[0]
          : undefined;
      if (first === undefined) return at;
      return Object.fromEntries(Array.from({ length: count }, (_, index) => [key(index), first]));
    };
    if (max !== undefined) {
      out.push({
        reason: 'tooManyEntries',
        path,
        ifRejected: 'tolerated',
        wire: entries(max + 1, (i) => `k${i}`),
      });
      out.push({
        reason: 'atMaxEntries',
        path,
        ifRejected: 'drop',
        wire: entries(max, (i) => `k${i}`),
      });
    }
    const keyMax =
      typeof node.schema.propertyNames === 'object'
        ? countBound(node.schema.propertyNames as SchemaNode['schema'], 'maxLength')
        : undefined;
    if (keyMax !== undefined) {
      out.push({
        reason: 'keyTooLong',
        path,
        ifRejected: 'tolerated',
        wire: entries(1, () => 'k'.repeat(keyMax + 1)),
      });
    }
    out.push({ reason: 'emptyObject', path, ifRejected: 'drop', wire: constant({}) });
  }
  return out;
}

export function unionCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const tag = node.schema.discriminator?.propertyName ?? '';
  const withTag = (value: JsonValue | undefined) => (at: JsonValue) => {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return at;
    const copy = { ...at };
    if (value === undefined) delete copy[tag];
    else copy[tag] = value;
    return copy;
  };
  const known =
    node.value !== null && typeof node.value === 'object' && !Array.isArray(node.value)
      ? node.value[tag]
      : undefined;
  const out: Candidate[] = [
    {
      reason: 'unknownVariant',
      path,
      ifRejected: 'forward',
      // The JSON of a variant added later is kept as received and written back unchanged.
      wire: constant({ [tag]: ADDED_LATER, note: 'from a newer server', count: 3 }),
      keepsRaw: true,
    },
    {
      reason: 'unknownVariantKeepsFields',
      path,
      ifRejected: 'forward',
      wire: withTag(ADDED_LATER),
      keepsRaw: true,
    },
    { reason: 'missingDiscriminator', path, ifRejected: 'invalid', wire: withTag(undefined) },
    { reason: 'discriminatorNotAString', path, ifRejected: 'invalid', wire: withTag(5) },
  ];
  if (typeof known === 'string' && known.toUpperCase() !== known) {
    out.push({
      reason: 'discriminatorCase',
      path,
      ifRejected: 'forward',
      wire: withTag(known.toUpperCase()),
      keepsRaw: true,
    });
  }
  return out;
}
