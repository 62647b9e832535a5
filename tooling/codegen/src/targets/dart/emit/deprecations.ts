import type { DeclarationIR } from '../model/ir.js';

/**
 * Generated code reads its own deprecated fields (toJson, ==, copyWith) and its tests call
 * deprecated fields and methods: without this line `dart analyze --fatal-infos` would fail on
 * each use. Written only into files that need it; an app's own uses are still reported.
 */
export const IGNORE_DEPRECATED_USE = '// ignore_for_file: deprecated_member_use_from_same_package';

/** Whether these declarations include a deprecated field. */
export const declaresDeprecated = (declarations: readonly DeclarationIR[]): boolean =>
  declarations.some((d) => d.kind === 'class' && d.fields.some((field) => field.deprecated));

/** Whether anything in an OpenAPI document (a schema, a property, an operation) is deprecated. */
export function anyDeprecated(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(anyDeprecated);
  if (node === null || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  return record.deprecated === true || Object.values(record).some(anyDeprecated);
}

/** The header lines after the generated-file header: the ignore, when needed. */
export const deprecationPreamble = (needed: boolean): string[] =>
  needed ? [IGNORE_DEPRECATED_USE, ''] : [];
