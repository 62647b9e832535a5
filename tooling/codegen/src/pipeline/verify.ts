import { checkDartSyntax, formatSyntaxIssue } from '../dart-syntax/index.js';
import { CodegenError } from '../errors.js';
import type { FileSet } from './file-set.js';

/** How many syntax issues to list before summarising: the first one is usually the cause. */
const MAX_ISSUES = 10;

/**
 * Parses every generated .dart file with tree-sitter: a generator bug must fail the run with
 * file:line:column instead of reaching a Flutter build. Nothing is written when this throws.
 */
export async function verifyFileSet(files: FileSet): Promise<void> {
  const lines: string[] = [];
  let total = 0;
  for (const [path, contents] of files) {
    if (!path.endsWith('.dart')) continue;
    const issues = await checkDartSyntax(path, contents);
    total += issues.length;
    for (const issue of issues.slice(0, Math.max(0, MAX_ISSUES - lines.length))) {
      lines.push(formatSyntaxIssue(issue));
    }
  }
  if (total > 0) {
    const more = total > lines.length ? `\n  ... and ${total - lines.length} more` : '';
    throw new CodegenError(
      `generated Dart does not parse (a generator bug; nothing was written):\n  ${lines.join('\n  ')}${more}`,
      { file: lines[0]?.split(':')[0] },
    );
  }
}
