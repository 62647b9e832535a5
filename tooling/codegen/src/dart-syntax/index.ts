export { checkDartSyntax } from './check-syntax.js';
export { type DartSyntaxIssue, formatSyntaxIssue } from './issue.js';
export { dartParser } from './parser.js';
export { dartTokens, sameDartTokens } from './tokens.js';
