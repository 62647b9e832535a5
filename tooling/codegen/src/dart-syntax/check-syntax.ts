import type { Node } from 'web-tree-sitter';
import type { DartSyntaxIssue } from './issue.js';
import { dartParser } from './parser.js';

/** Every ERROR and MISSING node of a Dart source, in source order. */
export async function checkDartSyntax(file: string, source: string): Promise<DartSyntaxIssue[]> {
  const parser = await dartParser();
  const tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter could not parse ${file}`);
  const issues: DartSyntaxIssue[] = [];
  const visit = (node: Node) => {
    if (!node.hasError && !node.isMissing) return;
    if (node.isError || node.isMissing) {
      issues.push({
        file,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        kind: node.isMissing ? 'MISSING' : 'ERROR',
        text: node.isMissing ? node.type : node.text.slice(0, 40),
      });
      if (node.isError) return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return issues;
}
