import type { OpenApiDocument } from '@acme/contract';

/**
 * The operation table: operationId -> method and path, as data. Lets apps and tests enumerate
 * operations (e.g. to assert that a suite covers every one of them) without parsing openapi.json.
 */
export function operationTable(document: OpenApiDocument): string {
  const rows: [string, string, string][] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const id = (operation as { operationId?: unknown }).operationId;
      if (typeof id === 'string') rows.push([id, method.toUpperCase(), path]);
    }
  }
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = rows.map(
    ([id, method, path]) => `  ${id}: { method: '${method}', path: ${quote(path)} },`,
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
