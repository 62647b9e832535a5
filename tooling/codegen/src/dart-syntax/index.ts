export { checkDartSyntax, type DartSyntaxIssue, formatSyntaxIssue } from './check-syntax.js';
export { dartParser } from './parser.js';
export { dartTokens, sameDartTokens } from './tokens.js';
