/** The subset of JSON Schema 2020-12 that the contract emits and its consumers read. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [keyword: string]: unknown;
}

export const COMPONENTS_PREFIX = '#/components/schemas/';

export const refTo = (name: string): JsonSchema => ({ $ref: `${COMPONENTS_PREFIX}${name}` });

export const refName = (ref: string): string | undefined =>
  ref.startsWith(COMPONENTS_PREFIX) ? ref.slice(COMPONENTS_PREFIX.length) : undefined;

/** Calls `visit` on every sub-schema, depth first, parents before children. */
export function walkSchema(schema: unknown, visit: (node: JsonSchema) => void): void {
  if (Array.isArray(schema)) {
    for (const item of schema) walkSchema(item, visit);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  visit(schema as JsonSchema);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
    walkSchema(value, visit);
  }
}

/** Names of the components a schema refers to directly. */
export function refsOf(schema: JsonSchema): Set<string> {
  const names = new Set<string>();
  walkSchema(schema, (node) => {
    const name = node.$ref === undefined ? undefined : refName(node.$ref);
    if (name !== undefined) names.add(name);
  });
  return names;
}
