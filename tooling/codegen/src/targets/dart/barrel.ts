import { lineCommentHeader } from '../../pipeline/header.js';
import { docComment } from './emit/layout.js';

/** Files of the API client (written by the client generator) the barrel exports. */
export const CLIENT_LIBRARIES = ['src/api_client.dart', 'src/api_exception.dart'];

/**
 * `lib/<package>.dart`: exports every model library (parts come with their library), the API
 * client, and the two public types of the JSON helpers (their readers stay internal).
 */
export function barrelSource(description: string, modelLibraries: string[]): string {
  const exports = [
    ...CLIENT_LIBRARIES.map((path) => `export '${path}';`),
    "export 'src/json_helpers.dart' show Present, WireEnum;",
    ...[...modelLibraries].sort().map((path) => `export '${path}';`),
  ];
  return [
    lineCommentHeader('dart').trimEnd(),
    '',
    // A plain comment: tree-sitter's Dart grammar rejects the unnamed `library;` a doc
    // comment would need.
    ...docComment(description, '').map((line) => line.replace(/^\/\/\//, '//')),
    '',
    ...exports,
    '',
  ].join('\n');
}
