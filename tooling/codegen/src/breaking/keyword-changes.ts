import { createHash } from 'node:crypto';
import type { JsonSchema } from '@acme/contract';
import { constrainingFormat } from '../pipeline/string-formats.js';
import type { ChangeKind, Facts } from './rules.js';
import { type Bound, boundOf, isTighter, sameBound, type View } from './schema-view.js';

/** A change of one schema's own keywords, before it is placed and classified. */
export interface Finding {
  kind: ChangeKind;
  detail?: string;
  facts?: Facts;
}

/** Values go into change ids; long ones (patterns, big defaults) are shortened to a hash. */
export function detailOf(text: string): string {
  if (text.length <= 60) return text;
  return `sha1-${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
}

/** Values as they read in ids and changelogs: strings bare (ids sit inside JSON strings). */
export const show = (value: unknown) =>
  value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

const BOUNDS: { keyword: string; name: string; upper: boolean; applies: string[] }[] = [
  { keyword: 'maxLength', name: 'max-length', upper: true, applies: ['string'] },
  { keyword: 'minLength', name: 'min-length', upper: false, applies: ['string'] },
  { keyword: 'maxItems', name: 'max-items', upper: true, applies: ['array'] },
  { keyword: 'minItems', name: 'min-items', upper: false, applies: ['array'] },
  { keyword: 'maximum', name: 'maximum', upper: true, applies: ['integer', 'number'] },
  { keyword: 'minimum', name: 'minimum', upper: false, applies: ['integer', 'number'] },
  { keyword: 'maxProperties', name: 'max-properties', upper: true, applies: ['object', 'record'] },
  { keyword: 'minProperties', name: 'min-properties', upper: false, applies: ['object', 'record'] },
];

const showBound = (bound: Bound | undefined, upper: boolean) =>
  bound === undefined ? 'none' : `${bound.exclusive ? (upper ? '<' : '>') : ''}${bound.value}`;

/** Length, size and range bounds that apply to the new schema's kind, each tightened or loosened. */
export function boundChanges(a: View, b: View): Finding[] {
  const findings: Finding[] = [];
  for (const { keyword, name, upper, applies } of BOUNDS) {
    if (!applies.includes(b.kind)) continue;
    const before = boundOf(a.node, keyword);
    const after = boundOf(b.node, keyword);
    if (sameBound(before, after)) continue;
    findings.push({
      kind: `${name}-${isTighter(after, before, upper) ? 'tightened' : 'loosened'}` as ChangeKind,
      detail: `${showBound(before, upper)}->${showBound(after, upper)}`,
    });
  }
  return findings;
}

export function multipleOfChanges(before: JsonSchema, after: JsonSchema): Finding[] {
  if (before.multipleOf === after.multipleOf) return [];
  return [
    {
      kind: 'multiple-of-changed',
      detail: `${show(before.multipleOf)}->${show(after.multipleOf)}`,
    },
  ];
}

/** An annotation-only format (`password`) coming or going is no change of the wire format. */
export function stringChanges(before: JsonSchema, after: JsonSchema): Finding[] {
  const oldFormat = constrainingFormat(before);
  const newFormat = constrainingFormat(after);
  const facts: Facts = { oldFormat };
  const findings: Finding[] = [];
  if (oldFormat !== newFormat) {
    if (oldFormat === undefined) findings.push({ kind: 'format-added', detail: newFormat });
    else if (newFormat === undefined)
      findings.push({ kind: 'format-removed', detail: oldFormat, facts });
    else findings.push({ kind: 'format-changed', detail: `${oldFormat}->${newFormat}`, facts });
  }
  // Zod writes its own regex next to a format: with a format on either side the pattern is an
  // implementation detail (a Zod upgrade must not report a breaking change).
  if (oldFormat !== undefined || newFormat !== undefined) return findings;
  const oldPattern = before.pattern as string | undefined;
  const newPattern = after.pattern as string | undefined;
  if (oldPattern === newPattern) return findings;
  if (oldPattern === undefined) {
    findings.push({ kind: 'pattern-added', detail: detailOf(`${newPattern}`) });
  } else if (newPattern === undefined) {
    findings.push({ kind: 'pattern-removed', detail: detailOf(oldPattern) });
  } else {
    findings.push({ kind: 'pattern-changed', detail: detailOf(`${oldPattern}->${newPattern}`) });
  }
  return findings;
}

/** Enums and literals (a literal is a one-value enum): values added and removed. */
export function enumChanges(a: View, b: View): Finding[] {
  if (a.kind === 'const' && b.kind === 'const') {
    if (JSON.stringify(a.node.const) === JSON.stringify(b.node.const)) return [];
    return [{ kind: 'const-changed', detail: `${show(a.node.const)}->${show(b.node.const)}` }];
  }
  const valuesOf = (view: View) =>
    (view.kind === 'const' ? [view.node.const] : (view.node.enum ?? [])).map((value) =>
      JSON.stringify(value),
    );
  const before = valuesOf(a);
  const after = valuesOf(b);
  const label = (value: string) => detailOf(show(JSON.parse(value)));
  return [
    ...after
      .filter((value) => !before.includes(value))
      .map((value) => ({ kind: 'enum-value-added' as const, detail: label(value) })),
    ...before
      .filter((value) => !after.includes(value))
      .map((value) => ({ kind: 'enum-value-removed' as const, detail: label(value) })),
  ];
}
