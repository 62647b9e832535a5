import type { OpenApiDocument } from '@acme/contract';
import { CodegenError } from '../../errors.js';

const TS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Names the client exports itself; a model with one of these names would shadow it. */
const RESERVED = new Set(['paths', 'components', 'operations', 'webhooks', '$defs']);

/**
 * `export type Task = components['schemas']['Task'];` for every component, so that apps import
 * models by name (`import type { Task } from '@acme/client-ts'`) instead of indexing.
 */
export function modelAliases(document: OpenApiDocument, typesModule: string): string {
  const names = Object.keys(document.components.schemas).sort();
  const lines = [`import type { components } from '${typesModule}';`, ''];
  for (const name of names) {
    if (!TS_IDENTIFIER.test(name) || RESERVED.has(name)) {
      throw new CodegenError(
        'this model id is not usable as a TypeScript type name; use a PascalCase .meta({ id })',
        { model: name },
      );
    }
    lines.push(`export type ${name} = components['schemas']['${name}'];`);
  }
  return `${lines.join('\n')}\n`;
}
