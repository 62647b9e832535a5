/**
 * A small reading of generated Dart: the enums, constructors and ApiClient methods the
 * example app may use. Regular expressions suffice because the generator's output has one
 * fixed layout; this is a cross-check for when no Dart analyzer is at hand, not a parser.
 */

export interface DartSurface {
  /** Enum name -> its members (values and static members). */
  enums: Map<string, Set<string>>;
  /** Class name -> the named parameters of its unnamed constructor, when it takes only those. */
  constructors: Map<string, Set<string>>;
  /** The public methods of ApiClient. */
  clientMethods: Set<string>;
}

/** Text of `{ ... }` starting at the brace at `open`, braces balanced. */
function block(source: string, open: number): string {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    if (source[index] === '{') depth++;
    if (source[index] === '}' && --depth === 0) return source.slice(open + 1, index);
  }
  throw new Error('unbalanced braces in generated Dart');
}

/** Named parameters of a `{...}` parameter list: the last identifier of each entry. */
const namedParameters = (list: string) =>
  new Set(
    list
      .split(',')
      .map((entry) => /(\w+)\s*(?:=.*)?$/s.exec(entry.trim())?.[1])
      .filter((name): name is string => name !== undefined),
  );

export function readDartSurface(sources: readonly string[]): DartSurface {
  const enums = new Map<string, Set<string>>();
  const constructors = new Map<string, Set<string>>();
  const clientMethods = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/^enum (\w+)[^{]*\{/gm)) {
      const body = block(source, match.index + match[0].length - 1);
      const members = [...body.matchAll(/^ {2}(?:static [\w<>?]+ )?(\w+)[(,;]/gm)].map((m) => m[1]);
      enums.set(match[1] as string, new Set(['values', ...(members as string[])]));
    }
    for (const match of source.matchAll(/^(?:final |sealed |abstract )*class (\w+)/gm)) {
      const name = match[1] as string;
      const ctor = new RegExp(`^ {2}(?:const )?${name}\\(\\{([^}]*)\\}`, 'm').exec(source);
      if (ctor) constructors.set(name, namedParameters(ctor[1] as string));
    }
    if (/^class ApiClient\b/m.test(source)) {
      for (const match of source.matchAll(/^ {2}(?:Future<.+?>|void) (\w+)\(/gm)) {
        if (!(match[1] as string).startsWith('_')) clientMethods.add(match[1] as string);
      }
    }
  }
  return { enums, constructors, clientMethods };
}

/** Dart source without comments and string contents (interpolations included). */
export const codeOnly = (source: string) =>
  source
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');

/** The arguments of the list opening at `open` (a `(`): named labels, and how many are positional. */
export function callArguments(code: string, open: number): { named: string[]; positional: number } {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = open; index < code.length; index++) {
    const char = code[index] as string;
    if (char === '(' || char === '[' || char === '{') depth++;
    if (char === ')' || char === ']' || char === '}') depth--;
    if (depth === 0) {
      segments.push(current);
      const args = segments.map((segment) => segment.trim()).filter(Boolean);
      const named = args.flatMap((arg) => /^(\w+)\s*:(?!:)/.exec(arg)?.[1] ?? []);
      return { named, positional: args.length - named.length };
    }
    if (depth === 1 && char === ',') {
      segments.push(current);
      current = '';
    } else if (depth > 1 || char !== '(') {
      current += char;
    }
  }
  throw new Error('unbalanced argument list');
}
