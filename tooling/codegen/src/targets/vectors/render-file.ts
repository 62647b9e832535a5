/**
 * One vector file as committed text: the header marker, what the file is, then one vector per
 * line (readable diffs when the contract changes), in a fixed order.
 */
import { headerLines } from '../../pipeline/header.js';
import { GENERATED_MARKER_KEY } from '../openapi/serialize.js';
import type { ComponentVectors } from './build-vectors.js';

export const VECTORS_TARGET = 'vectors';

const ABOUT = [
  'valid: Zod accepts json; Dart must decode it and re-encode exactly expected (JSON values, numbers by value).',
  'invalid: Zod rejects json; Dart must throw FormatException.',
  'tolerated: Zod rejects json on a limit (length, range, size, format) or a UTC offset; Dart decodes it anyway and re-encodes expected.',
  'forward: a value of a newer contract (enum value, union variant); Dart decodes it and re-encodes expected, or, for an enum itself (unknown: true), decodes its unknown member.',
  "Instants in expected are in Dart's canonical UTC form: DateTime.toUtc().toIso8601String(), i.e. YYYY-MM-DDTHH:MM:SS.mmmZ plus microseconds when not zero.",
];

export function renderVectorFile(
  component: string,
  dartType: string,
  vectors: ComponentVectors,
): string {
  const head = {
    [GENERATED_MARKER_KEY]: headerLines(VECTORS_TARGET).join(' '),
    model: component,
    dartType,
    about: ABOUT,
  };
  const headText = JSON.stringify(head, null, 2).slice(0, -2); // without the closing "\n}"
  const sections = (['valid', 'invalid', 'tolerated', 'forward'] as const).map((kind) => {
    const lines = vectors[kind].map((vector) => `    ${JSON.stringify(vector)}`);
    return lines.length === 0 ? `  "${kind}": []` : `  "${kind}": [\n${lines.join(',\n')}\n  ]`;
  });
  return `${headText},\n${sections.join(',\n')}\n}\n`;
}
