// Apart from the parser, so that reporting an issue does not load tree-sitter.
export interface DartSyntaxIssue {
  file: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  kind: 'ERROR' | 'MISSING';
  /** The offending source text (or the missing token's type), shortened. */
  text: string;
}

export const formatSyntaxIssue = (issue: DartSyntaxIssue) =>
  `${issue.file}:${issue.line}:${issue.column}: ${issue.kind === 'MISSING' ? `missing ${issue.text}` : `syntax error near ${JSON.stringify(issue.text)}`}`;
