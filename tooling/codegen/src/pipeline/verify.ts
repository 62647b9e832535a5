import { type DartSyntaxIssue, formatSyntaxIssue } from '../dart-syntax/issue.js';
import { CodegenError } from '../errors.js';
import { runInBackground } from './background/index.js';
import type { FileSet } from './file-set.js';

/** How many syntax issues to list before summarising: the first one is usually the cause. */
const MAX_ISSUES = 10;

/**
 * Parses every generated .dart file with tree-sitter: a generator bug must fail the run with
 * file:line:column instead of reaching a Flutter build. Nothing is written when this throws.
 * `parsed` holds the issues of files already parsed on a worker (the targets do that as they
 * make them); any others are parsed now, on the types worker.
 */
export async function verifyFileSet(
  files: FileSet,
  parsed: ReadonlyMap<string, readonly DartSyntaxIssue[]> = new Map(),
): Promise<void> {
  const dart = [...files].filter(([path]) => path.endsWith('.dart'));
  const unparsed = dart.filter(([path]) => !parsed.has(path));
  const fresh = unparsed.length > 0 ? await runInBackground('dartSyntax', unparsed) : [];
  const issuesOf = new Map<string, readonly DartSyntaxIssue[]>(parsed);
  unparsed.forEach(([path], index) => {
    issuesOf.set(path, fresh[index] ?? []);
  });
  const lines: string[] = [];
  let total = 0;
  // In file-set (path) order, as before the parsing moved to the worker: same report.
  for (const [path] of dart) {
    const issues = issuesOf.get(path) ?? [];
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
