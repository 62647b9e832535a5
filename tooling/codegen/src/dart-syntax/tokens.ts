import type { Node } from 'web-tree-sitter';
import { dartParser } from './parser.js';

/**
 * The token sequence of a Dart source without layout: what `dart format` may change
 * (whitespace, line breaks, trailing commas before a closing bracket) is left out, while any
 * change to a name, literal, comment or operator shows. Comparing two sequences is how
 * `--check` stays quiet after a formatter run yet still reports every real edit.
 */
export async function dartTokens(source: string): Promise<string[]> {
  const parser = await dartParser();
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter could not parse the Dart source');
  const tokens: string[] = [];
  const visit = (node: Node) => {
    if (node.type.endsWith('string_literal')) {
      tokens.push(stringLiteralText(node, source));
      return;
    }
    if (node.childCount === 0 || node.type === 'comment') {
      tokens.push(node.type === 'comment' ? node.text.replace(/\s+/g, ' ').trim() : node.text);
      return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return dropTrailingCommas(tokens);
}

/**
 * A string literal's text with the layout between adjacent strings (`'a '\n    'b'`, which a
 * formatter re-indents) reduced to one space; the strings' own contents stay exact.
 */
function stringLiteralText(node: Node, source: string): string {
  const quotes = node.children.filter(
    (child): child is Node =>
      child !== null && child.childCount === 0 && /^r?("|'|'''|""")$/.test(child.type),
  );
  let text = '';
  let from = node.startIndex;
  for (let i = 1; i + 1 < quotes.length; i += 2) {
    // quotes[i] closes a string, quotes[i + 1] opens the next one.
    const close = quotes[i] as Node;
    const open = quotes[i + 1] as Node;
    text += `${source.slice(from, close.endIndex)} `;
    from = open.startIndex;
  }
  return text + source.slice(from, node.endIndex);
}

const CLOSERS = new Set([')', ']', '}', '>']);

function dropTrailingCommas(tokens: string[]): string[] {
  return tokens.filter((token, index) => !(token === ',' && CLOSERS.has(tokens[index + 1] ?? '')));
}

export async function sameDartTokens(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([dartTokens(a), dartTokens(b)]);
  return left.length === right.length && left.every((token, index) => token === right[index]);
}
