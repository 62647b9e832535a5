/**
 * A tiny pretty-printer for the bracketed lists of Dart code (argument lists, collection
 * literals, parameter lists), following `dart format`'s tall style: a list that fits in 80
 * columns stays on one line, otherwise each element gets its own line with a trailing comma.
 */

export const WIDTH = 80;

/** Source text, or a bracketed list whose elements may be split over lines. */
export type Doc = string | { open: string; items: Doc[]; close: string };

export const list = (open: string, items: Doc[], close: string): Doc => ({ open, items, close });

export function flat(doc: Doc): string {
  if (typeof doc === 'string') return doc;
  return `${doc.open}${doc.items.map(flat).join(', ')}${doc.close}`;
}

/** Lines of `doc` at `indent`, preceded on its first line by `lead`, followed by `trail`. */
export function render(doc: Doc, indent: string, lead = '', trail = ''): string[] {
  if (typeof doc === 'string' && doc.includes('\n')) {
    // Pre-broken text (see `broken`): continuation lines are relative to `indent`.
    const lines = doc.split('\n');
    return lines.map(
      (line, index) =>
        `${indent}${index === 0 ? lead : ''}${line}${index === lines.length - 1 ? trail : ''}`,
    );
  }
  const oneLine = `${indent}${lead}${flat(doc)}${trail}`;
  if (typeof doc === 'string' || oneLine.length <= WIDTH || doc.items.length === 0) {
    return [oneLine];
  }
  const inner = `${indent}  `;
  return [
    `${indent}${lead}${doc.open}`,
    ...doc.items.flatMap((item) => render(item, inner, '', ',')),
    `${indent}${doc.close}${trail}`,
  ];
}

/**
 * `first` alone when it fits at `indent` (with `trail`), otherwise the same code broken
 * after `first` and continued by `rest` on lines indented 4 more (relative lines for render).
 */
export function broken(indent: string, first: string, rest: string[], trail = ','): string {
  const oneLine = [first, ...rest].join(' ');
  if (`${indent}${oneLine}${trail}`.length <= WIDTH) return oneLine;
  return [first, ...rest.map((part) => `    ${part}`)].join('\n');
}

/** A `///` doc comment, wrapped to the line width. */
export function docComment(text: string | undefined, indent: string): string[] {
  if (!text) return [];
  const lines: string[] = [];
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    if (lines.length > 0) lines.push(`${indent}///`);
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && `${indent}/// ${line} ${word}`.length > WIDTH) {
        lines.push(`${indent}/// ${line}`);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(`${indent}/// ${line}`);
  }
  return lines;
}
