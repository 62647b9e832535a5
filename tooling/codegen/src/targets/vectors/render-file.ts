/**
 * One vector file as committed text: the header marker, what the file is, then one vector per
 * line (readable diffs when the contract changes), in a fixed order.
 */
import { CodegenError } from '../../errors.js';
import { headerLines } from '../../pipeline/header.js';
import { GENERATED_MARKER_KEY } from '../openapi/serialize.js';
import type { ComponentVectors } from './build-vectors.js';
import { checkDecoded, type DecodedType } from './decoded.js';
import { getAt, type JsonValue } from './schema.js';

export const VECTORS_TARGET = 'vectors';

const ABOUT = [
  'valid: Zod accepts json; Dart must decode it and re-encode exactly expected (JSON values, numbers by value).',
  'invalid: Zod rejects json; Dart must throw FormatException.',
  'tolerated: Zod rejects json on a limit (length, range, size, format) or a UTC offset; Dart decodes it anyway and re-encodes expected.',
  'forward: a value of a newer contract (enum value, union variant); Dart decodes it and re-encodes expected, or, for an enum itself (unknown: true), decodes its unknown member.',
  'An entry with "base" is an edit of the valid vector of that name, stored as the change only: its json is the base\'s json with the value at "path" replaced by "value", or removed where "absent" is true; its expected is the base\'s expected changed the same way by "expectedValue" or "expectedAbsent", unless the entry has a whole "expected".',
  "Instants in expected are in Dart's canonical UTC form: DateTime.toUtc().toIso8601String(), i.e. YYYY-MM-DDTHH:MM:SS.mmmZ plus microseconds when not zero.",
  "decodedType: what the decoded Dart object holds for expected, from the JSON Schema; the test reads its fields (not toJson). int/double/string/bool: exactly that runtime type; dateTime: a DateTime with isUtc whose toIso8601String() is expected; nullable, list, map: of the inner type; enum: the member with that wire value, or unknown for a value not listed; const: a literal getter; model: that component's decodedType; fields: a model of that class, by JSON name, where an absent optional field is null and a present nullish one a Present; union: the variant class for the tag, or the unknown variant keeping the JSON.",
];

/**
 * Refuses a vector whose expected the Dart test could not check against the decoded type
 * (say an int field expected as 2.5, or an instant not in canonical UTC form).
 */
function checkExpectations(
  component: string,
  vectors: ComponentVectors,
  decoded: DecodedType,
  typeOf: (component: string) => DecodedType,
): void {
  for (const kind of ['valid', 'tolerated', 'forward'] as const) {
    for (const vector of vectors[kind]) {
      if (!('expected' in vector) || vector.expected === undefined) continue;
      const problem = checkDecoded(decoded, vector.expected, typeOf);
      if (problem !== undefined) {
        throw new CodegenError(
          `the ${kind} vector "${vector.name}" expects what the decoded model cannot hold: ${problem}`,
          { model: component },
        );
      }
    }
  }
}

export function renderVectorFile(
  component: string,
  dartType: string,
  vectors: ComponentVectors,
  decoded: DecodedType,
  typeOf: (component: string) => DecodedType,
): string {
  checkExpectations(component, vectors, decoded, typeOf);
  const head = {
    [GENERATED_MARKER_KEY]: headerLines(VECTORS_TARGET).join(' '),
    model: component,
    dartType,
    about: ABOUT,
    decodedType: decoded,
  };
  const headText = JSON.stringify(head, null, 2).slice(0, -2); // without the closing "\n}"
  const sections = (['valid', 'invalid', 'tolerated', 'forward'] as const).map((kind) => {
    const lines = vectors[kind].map((vector) => `    ${JSON.stringify(stored(vector))}`);
    return lines.length === 0 ? `  "${kind}": []` : `  "${kind}": [\n${lines.join(',\n')}\n  ]`;
  });
  return `${headText},\n${sections.join(',\n')}\n}\n`;
}

type AnyVector = ComponentVectors[keyof ComponentVectors][number];

/**
 * A vector as its file holds it. An edit of a base vector keeps only what changed: edge cases
 * are most vectors, and each one repeating the whole base made the files ~3x larger.
 */
function stored(vector: AnyVector): Record<string, unknown> {
  const { edit, json, ...rest } = vector;
  if (edit === undefined) return { ...rest, json };
  const { expected, unknown } = vector as { expected?: JsonValue; unknown?: true };
  const value = getAt(json, edit.path);
  const line: Record<string, unknown> = {
    name: vector.name,
    ...('reason' in vector ? { reason: vector.reason } : {}),
    path: edit.path,
    base: edit.base,
    ...(value === undefined ? { absent: true } : { value }),
  };
  if (expected !== undefined) {
    const expectedValue = getAt(expected, edit.path);
    if (!edit.expectedAtPathOnly) line.expected = expected;
    else if (expectedValue === undefined) line.expectedAbsent = true;
    else line.expectedValue = expectedValue;
  }
  if (unknown) line.unknown = true;
  return line;
}
