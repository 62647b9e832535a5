/**
 * Dart names for contract elements. Component names (PascalCase model ids) become class names,
 * renamed where they would shadow a dart:core type; files are lower_snake_case.
 */

/** dart:core types a generated class must not shadow (users import the barrel unprefixed). */
const DART_CORE_TYPES = new Set([
  'BigInt',
  'bool',
  'Comparable',
  'DateTime',
  'Deprecated',
  'double',
  'Duration',
  'Enum',
  'Error',
  'Exception',
  'Expando',
  'Function',
  'Future',
  'int',
  'Invocation',
  'Iterable',
  'Iterator',
  'List',
  'Map',
  'MapEntry',
  'Null',
  'num',
  'Object',
  'Pattern',
  'Record',
  'RegExp',
  'RegExpMatch',
  'RuneIterator',
  'Runes',
  'Set',
  'Sink',
  'StackTrace',
  'Stopwatch',
  'Stream',
  'String',
  'StringBuffer',
  'StringSink',
  'Symbol',
  'Type',
  'Uri',
  'UriData',
]);

/** The Dart class (or enum) name of a component. */
export function dartTypeName(componentName: string): string {
  const pascal = componentName.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) =>
    next ? next.toUpperCase() : '',
  );
  const name = /^[A-Za-z]/.test(pascal)
    ? pascal[0]?.toUpperCase() + pascal.slice(1)
    : `Model${pascal}`;
  return DART_CORE_TYPES.has(name) ? `${name}Model` : name;
}

/** lower_snake_case, as effective Dart names files: `TaskPage` -> `task_page`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** The file of a model inside the package: `lib/src/models/<file>.dart`. */
export const dartModelFile = (componentName: string) =>
  `lib/src/models/${snakeCase(dartTypeName(componentName))}.dart`;
