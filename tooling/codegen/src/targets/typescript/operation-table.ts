import type { OpenApiDocument } from '@acme/contract';
import { type SecurityRequirement, signedInOf } from '../openapi/operation-access.js';

/**
 * The operation table: operationId -> method, path and whether it needs a signed-in user, as
 * data. Lets apps and tests enumerate operations (e.g. to assert that a suite covers every one
 * of them) without parsing openapi.json, and the client send the session token only where the
 * contract asks for it.
 */
export function operationTable(document: OpenApiDocument): string {
  const rows: [string, string, string, boolean][] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as { operationId?: unknown; security?: SecurityRequirement[] };
      const id = operation.operationId;
      if (typeof id !== 'string') continue;
      rows.push([
        id,
        method.toUpperCase(),
        path,
        signedInOf(document, id, operation, 'TypeScript'),
      ]);
    }
  }
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = rows.map(
    ([id, method, path, signedIn]) =>
      `  ${id}: { method: '${method}', path: ${quote(path)}, signedIn: ${signedIn} },`,
  );
  return [
    'export const operations = {',
    ...body,
    '} as const;',
    '',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
}

export const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
