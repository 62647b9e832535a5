/** Edge cases of scalar nodes: strings (lengths, formats), instants and numbers. */

import { constrainingFormat } from '../../pipeline/string-formats.js';
import { type Candidate, constant } from './candidate.js';
import { canonicalInstant } from './canonical.js';
import { SAMPLE_INSTANT, sampleString } from './examples.js';
import { countBound, type JsonPath, numberBound } from './schema.js';
import type { SchemaNode } from './walk.js';

/**
 * A string of exactly `length` code points (Zod, like JSON Schema, counts code points; Dart's
 * String.length counts UTF-16 units) that still looks like the format it lacks room for. Plain
 * text ends in an emoji, one code point but two UTF-16 units: a decoder that checks lengths in
 * UTF-16 units would disagree with Zod right at the bound.
 */
function stringOfLength(node: SchemaNode, length: number): string {
  const format = node.schema.format;
  if (format === 'email') {
    const domain = '@example.com';
    return `${'a'.repeat(Math.max(1, length - domain.length))}${domain}`.slice(
      0,
      Math.max(length, 0),
    );
  }
  if (format === 'uri') {
    const head = 'https://example.com/';
    return `${head}${'a'.repeat(Math.max(0, length - head.length))}`.slice(0, length);
  }
  return length >= 2 ? `${'x'.repeat(length - 1)}😀` : 'x'.repeat(length);
}

export function stringCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const out: Candidate[] = [];
  const max = countBound(node.schema, 'maxLength');
  const min = countBound(node.schema, 'minLength') ?? 0;
  if (max !== undefined) {
    out.push({
      reason: 'tooLong',
      path,
      ifRejected: 'tolerated',
      wire: constant(stringOfLength(node, max + 1)),
    });
    out.push({
      reason: 'atMaxLength',
      path,
      ifRejected: 'drop',
      wire: constant(stringOfLength(node, max)),
    });
  }
  if (min > 0) {
    out.push({
      reason: 'tooShort',
      path,
      ifRejected: 'tolerated',
      wire: constant('x'.repeat(min - 1)),
    });
  }
  const format = constrainingFormat(node.schema);
  if (format !== undefined || node.schema.pattern !== undefined) {
    out.push({ reason: 'badFormat', path, ifRejected: 'tolerated', wire: constant('not-valid ✗') });
  } else if (min === 0) {
    out.push({ reason: 'empty', path, ifRejected: 'drop', wire: constant('') });
  }
  if (max === undefined || max >= 24) {
    const text =
      format || node.schema.pattern
        ? sampleString(node.schema)
        : 'é e\u0301 \u{1F468}\u200D\u{1F469} "q" \\ \n\t';
    out.push({ reason: 'unicodeAndEscapes', path, ifRejected: 'drop', wire: constant(text) });
  }
  return out;
}

export function instantCandidates(path: JsonPath): Candidate[] {
  const at = (text: string) => constant(text);
  const base = SAMPLE_INSTANT.slice(0, 19); // 2024-02-29T12:34:56
  const tolerated = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'tolerated',
    wire: at(text),
    // Dart converts an offset to UTC; it writes the canonical form of the same instant.
    expect: constant(canonicalInstant(text) ?? text),
  });
  const invalid = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'invalid',
    wire: at(text),
  });
  const valid = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'drop',
    wire: at(text),
  });
  return [
    valid('instantWholeSeconds', `${base}Z`),
    valid('instantMicroseconds', `${base}.000001Z`),
    valid('instantNanosecondsTruncated', `${base}.123456789Z`),
    valid('instantTenthOfSecond', `${base}.1Z`),
    valid('instantYearStart', '2000-01-01T00:00:00.000Z'),
    valid('instantBeforeEpoch', '1969-12-31T23:59:59.999Z'),
    tolerated('instantPositiveOffset', `${base}.5+05:30`),
    tolerated('instantNegativeOffset', `${base}-08:00`),
    invalid('instantWithoutZone', base),
    invalid('instantDateOnly', base.slice(0, 10)),
    invalid('instantLowercaseZ', `${base}z`),
    invalid('instantSpaceSeparator', `${base.replace('T', ' ')}Z`),
    invalid('instantNotADate', 'yesterday'),
    // Well-formed but not a time of the calendar: Zod rejects them, DateTime.parse rolls them
    // over (2024-02-30 is March 1st), so Dart must check the calendar itself.
    invalid('instantImpossibleDay', '2024-02-30T12:34:56Z'),
    invalid('instantNotALeapYear', '2023-02-29T12:34:56Z'),
    invalid('instantMonth13', '2024-13-01T12:34:56Z'),
    invalid('instantHour24', '2024-02-29T24:00:00Z'),
    invalid('instantSecond60', '2024-02-29T12:34:60Z'),
    invalid('instantWithoutSeconds', `${base.slice(0, 16)}Z`),
  ];
}

export function numberCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const integer = node.shape === 'integer';
  const step = integer ? 1 : 0.5;
  const min = numberBound(node.schema, 'minimum');
  const max = numberBound(node.schema, 'maximum');
  const out: Candidate[] = [];
  if (max !== undefined) {
    out.push({ reason: 'aboveMaximum', path, ifRejected: 'tolerated', wire: constant(max + step) });
    out.push({ reason: 'atMaximum', path, ifRejected: 'drop', wire: constant(max) });
  }
  if (min !== undefined) {
    out.push({ reason: 'belowMinimum', path, ifRejected: 'tolerated', wire: constant(min - step) });
    out.push({ reason: 'atMinimum', path, ifRejected: 'drop', wire: constant(min) });
  }
  const low = min ?? 0;
  const high = max ?? low + 10;
  if (integer) {
    out.push({
      reason: 'notAnInteger',
      path,
      ifRejected: 'invalid',
      wire: constant(Math.min(low + 0.5, high - 0.5)),
    });
  } else {
    // Whole numbers in a double field: JSON writes 3.0 as 3, Dart must still read a double.
    out.push({
      reason: 'wholeNumber',
      path,
      ifRejected: 'drop',
      wire: constant(Math.floor((low + high) / 2)),
    });
    out.push({ reason: 'tinyFraction', path, ifRejected: 'drop', wire: constant(low + 1e-7) });
    out.push({ reason: 'manyDigits', path, ifRejected: 'drop', wire: constant(low + 0.1 + 0.2) });
  }
  return out;
}
