import type { DartType, FieldIR } from '../model/ir.js';

/** Dart source for each DartType: its type name, reader, writer, equality and hash. */

export function dartTypeName(type: DartType): string {
  switch (type.kind) {
    case 'string':
      return 'String';
    case 'int':
    case 'double':
    case 'bool':
      return type.kind;
    case 'dateTime':
      return 'DateTime';
    case 'list':
      return `List<${dartTypeName(type.items)}>`;
    case 'map':
      return `Map<String, ${dartTypeName(type.values)}>`;
    case 'nullable':
      return `${dartTypeName(type.inner)}?`;
    case 'model':
    case 'enum':
      return type.name;
  }
}

/** The Dart type of a field as declared in its class. */
export function fieldTypeName(field: FieldIR): string {
  if (field.presence !== 'optional') return dartTypeName(field.type);
  // Optional and nullable: absent and null differ, so null alone cannot say both.
  if (field.type.kind === 'nullable') return `Present<${dartTypeName(field.type.inner)}>?`;
  return `${dartTypeName(field.type)}?`;
}

/** A `JsonReader<T>` (json_helpers.dart) decoding a value of this type. */
export function readerOf(type: DartType): string {
  switch (type.kind) {
    case 'string':
      return 'readString';
    case 'int':
      return 'readInt';
    case 'double':
      return 'readDouble';
    case 'bool':
      return 'readBool';
    case 'dateTime':
      return 'readDateTime';
    case 'list':
      return `listOf(${readerOf(type.items)})`;
    case 'map':
      return `mapOf(${readerOf(type.values)})`;
    case 'nullable':
      return `nullableOf(${readerOf(type.inner)})`;
    case 'model':
    case 'enum':
      return `${type.name}.fromJson`;
  }
}

/**
 * A Dart expression writing `expr` (of this type) as JSON. `promotable` says whether `expr`
 * is a local that Dart promotes after a null check (fields of the class are not).
 */
export function writerOf(type: DartType, expr: string, promotable: boolean, depth = 0): string {
  switch (type.kind) {
    case 'string':
    case 'int':
    case 'double':
    case 'bool':
      return expr;
    case 'dateTime':
      return `writeDateTime(${expr})`;
    case 'model':
    case 'enum':
      return `${expr}.toJson()`;
    case 'list': {
      const item = `e${depth}`;
      const written = writerOf(type.items, item, true, depth + 1);
      return written === item ? expr : `[for (final ${item} in ${expr}) ${written}]`;
    }
    case 'map': {
      const entry = `e${depth}`;
      const value = `${entry}.value`;
      const written = writerOf(type.values, value, false, depth + 1);
      return written === value
        ? expr
        : `{for (final ${entry} in ${expr}.entries) ${entry}.key: ${written}}`;
    }
    case 'nullable': {
      const inner = type.inner;
      if (writerOf(inner, expr, promotable, depth) === expr) return expr;
      if (inner.kind === 'model' || inner.kind === 'enum') return `${expr}?.toJson()`;
      const value = promotable ? expr : `${expr}!`;
      return `${expr} == null ? null : ${writerOf(inner, value, true, depth)}`;
    }
  }
}

/** Whether values of this type compare by identity-or-== (false: lists and maps inside). */
export function hasShallowEquality(type: DartType): boolean {
  switch (type.kind) {
    case 'list':
    case 'map':
      return false;
    case 'nullable':
      return hasShallowEquality(type.inner);
    default:
      return true;
  }
}

/** Whether a value of this type can hold an enum value (for the unknown-value side table). */
export function holdsEnum(type: DartType): boolean {
  switch (type.kind) {
    case 'enum':
      return true;
    case 'list':
      return holdsEnum(type.items);
    case 'map':
      return holdsEnum(type.values);
    case 'nullable':
      return holdsEnum(type.inner);
    default:
      return false;
  }
}

/** A single-quoted Dart string literal (no interpolation). */
export function dartString(value: string): string {
  let escaped = '';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    escaped += ESCAPES[char] ?? (code < 0x20 || code === 0x7f ? `\\u{${code.toString(16)}}` : char);
  }
  return `'${escaped}'`;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  $: '\\$',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A Dart literal for a JSON value, as `Object?` (for defaults decoded at run time). */
export function dartJsonLiteral(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return dartString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `<Object?>[${value.map(dartJsonLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${dartString(key)}: ${dartJsonLiteral(item)}`,
  );
  return `<String, Object?>{${entries.join(', ')}}`;
}

/** A double literal Dart reads as a double (`0` would be an int in an `Object?` context). */
export const dartDouble = (value: number) =>
  Number.isInteger(value) ? `${value}.0` : String(value);

/**
 * A Dart expression storing `expr` (of this type, not null) as a model keeps it: collections
 * copied into unmodifiable ones at every depth, instants in UTC (`DateTime ==` compares `isUtc`
 * too); undefined when the value is stored as is (scalars, enums, models: all immutable).
 */
export function frozenOf(type: DartType, expr: string, depth = 0): string | undefined {
  switch (type.kind) {
    case 'dateTime':
      return `${expr}.toUtc()`;
    case 'list':
    case 'map': {
      const helper = type.kind === 'list' ? 'frozenList' : 'frozenMap';
      const inner = freezer(type.kind === 'list' ? type.items : type.values, depth);
      return inner === undefined ? `${helper}(${expr})` : `${helper}(${expr}, ${inner})`;
    }
    case 'nullable': {
      if (type.inner.kind === 'dateTime') return `${expr}?.toUtc()`;
      const inner = freezer(type.inner, depth);
      return inner === undefined ? undefined : `frozenOrNull(${expr}, ${inner})`;
    }
    default:
      return undefined;
  }
}

/** A function (tear-off or literal) doing `frozenOf` for this type, or undefined. */
function freezer(type: DartType, depth: number): string | undefined {
  if (type.kind === 'dateTime') return 'frozenDateTime';
  const item = `e${depth}`;
  const body = frozenOf(type, item, depth + 1);
  return body === undefined ? undefined : `(${item}) => ${body}`;
}

/** `frozenOf` for a field's declared type (`T?` when optional, `Present<T>?` when nullish). */
export function frozenField(field: FieldIR, expr: string): string | undefined {
  if (field.presence !== 'optional') return frozenOf(field.type, expr);
  if (field.type.kind === 'nullable') {
    const inner = freezer(field.type.inner, 0);
    return inner === undefined ? undefined : `frozenPresent(${expr}, ${inner})`;
  }
  return frozenOf({ kind: 'nullable', inner: field.type }, expr);
}
