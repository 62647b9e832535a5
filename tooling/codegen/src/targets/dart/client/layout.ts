/**
 * Just enough of `dart format`'s tall style for generated code: a bracketed list stays on one
 * line when it fits in 80 columns, otherwise it splits one item per line with a trailing comma.
 */

import { dartString } from '../emit/codecs.js';

// Single-quoted Dart string literals: the same escaping as the models' literals.
export { dartString };

export const DART_WIDTH = 80;

/** A bracketed list (`open` items `close`) whose items may themselves be lists. */
export interface DartGroup {
  open: string;
  items: DartDoc[];
  close: string;
}
export type DartDoc = string | DartGroup;

export const group = (open: string, items: DartDoc[], close: string): DartGroup => ({
  open,
  items,
  close,
});

const flat = (doc: DartDoc): string =>
  typeof doc === 'string' ? doc : `${doc.open}${doc.items.map(flat).join(', ')}${doc.close}`;

/**
 * Renders `doc` at a position where `column` characters of the line are already used and `tail`
 * follows it; continuation lines are indented from `indent`.
 */
export function layout(doc: DartDoc, indent: string, column: number, tail: string): string {
  const oneLine = flat(doc);
  if (typeof doc === 'string' || column + oneLine.length + tail.length <= DART_WIDTH) {
    return oneLine;
  }
  if (doc.items.length === 0) return oneLine;
  // A sole collection-literal argument hugs the parentheses, as dart format does: `f(<X>{`.
  const [only] = doc.items;
  if (
    doc.items.length === 1 &&
    only !== undefined &&
    typeof only !== 'string' &&
    /[[{]$/.test(only.open)
  ) {
    const column2 = column + doc.open.length;
    return `${doc.open}${layout(only, indent, column2, `${doc.close}${tail}`)}${doc.close}`;
  }
  const inner = `${indent}  `;
  const lines = doc.items.map((item) => `${inner}${layout(item, inner, inner.length, ',')},`);
  return `${doc.open}\n${lines.join('\n')}\n${indent}${doc.close}`;
}

/** One statement: `indent + lead + doc + tail`, split as needed. */
export const statement = (indent: string, lead: string, doc: DartDoc, tail: string) =>
  `${indent}${lead}${layout(doc, indent, indent.length + lead.length, tail)}${tail}`;

/**
 * A parameter list in tall style: `name(a, {b})` on one line when it fits, else
 * `name(\n  a, {\n  b,\n})` (positional first, named block last).
 */
export function parameterList(
  indent: string,
  lead: string,
  positional: string[],
  named: string[],
  tail: string,
): string {
  const namedFlat = named.length > 0 ? `{${named.join(', ')}}` : '';
  const oneLine = `${lead}(${[...positional, ...(namedFlat ? [namedFlat] : [])].join(', ')})${tail}`;
  if (indent.length + oneLine.length <= DART_WIDTH) return `${indent}${oneLine}`;
  const inner = `${indent}  `;
  const lines: string[] = [];
  positional.forEach((parameter, index) => {
    const opensNamed = index === positional.length - 1 && named.length > 0;
    lines.push(`${inner}${parameter},${opensNamed ? ' {' : ''}`);
  });
  for (const parameter of named) lines.push(`${inner}${parameter},`);
  const open = positional.length === 0 && named.length > 0 ? '({' : '(';
  const close = named.length > 0 ? '})' : ')';
  return `${indent}${lead}${open}\n${lines.join('\n')}\n${indent}${close}${tail}`;
}

/** A Dart literal of a JSON value, typed `<String, Object?>{}` / `<Object?>[]`, laid out. */
export function dartJson(value: unknown, prefix = ''): DartDoc {
  if (Array.isArray(value)) {
    return group(
      `${prefix}<Object?>[`,
      value.map((item) => dartJson(item)),
      ']',
    );
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) =>
      dartJson(item, `${dartString(key)}: `),
    );
    return group(`${prefix}<String, Object?>{`, entries, '}');
  }
  if (typeof value === 'string') return `${prefix}${dartString(value)}`;
  return `${prefix}${JSON.stringify(value)}`;
}

/** `///` lines wrapped at 80 columns. */
export function docComment(indent: string, text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    if (lines.length > 0) lines.push(`${indent}///`);
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && indent.length + 4 + candidate.length > DART_WIDTH) {
        lines.push(`${indent}/// ${line}`);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(`${indent}/// ${line}`);
  }
  return lines;
}

const RESERVED_WORDS = new Set(
  (
    'abstract as assert async await base break case catch class const continue covariant default ' +
    'deferred do dynamic else enum export extends extension external factory false final finally ' +
    'for Function get hide if implements import in interface is late library mixin new null of on ' +
    'operator part required rethrow return sealed set show static super switch sync this throw ' +
    'true try type typedef var void when while with yield'
  ).split(' '),
);

/** A lowerCamel Dart identifier for a contract name, or undefined when none is sensible. */
export function dartIdentifier(name: string): string | undefined {
  const camel = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) =>
    next ? next.toUpperCase() : '',
  );
  const identifier = camel.charAt(0).toLowerCase() + camel.slice(1);
  if (!/^[a-z][A-Za-z0-9]*$/.test(identifier) || RESERVED_WORDS.has(identifier)) return undefined;
  return identifier;
}

/**
 * Import directives in `directives_ordering` order (dart:, package:, relative; sorted), from
 * entries like `dart:convert` or `package:http/http.dart as http`.
 */
export function importLines(uris: Iterable<string>): string[] {
  const unique = [...new Set(uris)];
  const rank = (uri: string) => (uri.startsWith('dart:') ? 0 : uri.startsWith('package:') ? 1 : 2);
  const lines: string[] = [];
  for (const level of [0, 1, 2]) {
    const block = unique.filter((uri) => rank(uri) === level).sort();
    if (block.length === 0) continue;
    if (lines.length > 0) lines.push('');
    for (const uri of block) {
      const [path, prefix] = uri.split(' as ');
      lines.push(prefix ? `import '${path}' as ${prefix};` : `import '${path}';`);
    }
  }
  return lines;
}
