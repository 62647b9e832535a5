import ts from 'typescript';

const CLOSERS = new Set([
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.GreaterThanToken,
]);
const TRAILING = new Set([ts.SyntaxKind.CommaToken]);
/** Tokens after which a `|` or `&` can only be a leading one (`type A =\n  | 'x'\n  | 'y'`). */
const TYPE_STARTS = new Set([':', '=', '(', '<', ',', '[', '|', '&', '=>', 'extends']);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const NUMBER = /^(?:0|[1-9][0-9]*)$/;

interface Token {
  kind: ts.SyntaxKind;
  text: string;
}

/**
 * The token sequence of a TypeScript source with what formatters (Biome, Prettier) are free to
 * change normalised away: whitespace and line breaks, quote style (strings compare by value),
 * quotes around property keys that do not need them, semicolons, trailing commas before a
 * closing bracket, leading `|`/`&` of a wrapped union, and the layout inside comments.
 * Any change to a name, a literal's value, an operator or a comment's words still shows.
 */
export function tsTokens(source: string): string[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    source,
  );
  const raw: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.WhitespaceTrivia ||
      kind === ts.SyntaxKind.NewLineTrivia ||
      kind === ts.SyntaxKind.ShebangTrivia
    ) {
      continue;
    }
    raw.push({ kind, text: normalize(kind, scanner) });
  }
  const tokens: string[] = [];
  raw.forEach((token, index) => {
    const next = raw[index + 1];
    // Semicolons are layout here: `semi: false` formatters drop them, type members take `;` or
    // `,`, and generated code has no `for (;;)` where they would carry meaning.
    if (token.kind === ts.SyntaxKind.SemicolonToken) return;
    if (TRAILING.has(token.kind) && next !== undefined && CLOSERS.has(next.kind)) return;
    const isLeadingOperator =
      (token.kind === ts.SyntaxKind.BarToken || token.kind === ts.SyntaxKind.AmpersandToken) &&
      TYPE_STARTS.has(tokens[tokens.length - 1] ?? '');
    if (isLeadingOperator) return;
    tokens.push(isPropertyKey(raw, index) ? unquoteKey(token.text) : token.text);
  });
  return tokens;
}

function normalize(kind: ts.SyntaxKind, scanner: ts.Scanner): string {
  switch (kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return `"${JSON.stringify(scanner.getTokenValue()).slice(1, -1)}"`;
    case ts.SyntaxKind.SingleLineCommentTrivia:
    case ts.SyntaxKind.MultiLineCommentTrivia:
      // Re-indenting a JSDoc block moves its `*` gutters; the words are what matter.
      return scanner
        .getTokenText()
        .replace(/\n\s*\*(?!\/)/g, '\n')
        .replace(/\s+/g, ' ')
        .trim();
    default:
      return scanner.getTokenText();
  }
}

/** A string literal directly followed by `:` or `?:` names a property. */
function isPropertyKey(raw: Token[], index: number): boolean {
  if (raw[index]?.kind !== ts.SyntaxKind.StringLiteral) return false;
  const next = raw[index + 1]?.kind;
  return (
    next === ts.SyntaxKind.ColonToken ||
    (next === ts.SyntaxKind.QuestionToken && raw[index + 2]?.kind === ts.SyntaxKind.ColonToken)
  );
}

function unquoteKey(quoted: string): string {
  const value = JSON.parse(quoted) as string;
  return IDENTIFIER.test(value) || NUMBER.test(value) ? value : quoted;
}

export function sameTsTokens(a: string, b: string): boolean {
  const left = tsTokens(a);
  const right = tsTokens(b);
  return left.length === right.length && left.every((token, index) => token === right[index]);
}
