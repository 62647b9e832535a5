import type { OpenApiDocument } from '@acme/contract';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { CodegenError } from '../../errors.js';

/**
 * `paths`, `components` and `operations` types of the document, through openapi-typescript's
 * Node API (no shell-out: same process, same version as the lockfile).
 * `defaultNonNullable: false`: a field with a default is optional in what clients send
 * and required in what they receive only when the document says so (the contract names input
 * and output shapes separately), never guessed from `default`.
 */
export async function openApiTypes(document: OpenApiDocument): Promise<string> {
  try {
    // The tool may annotate the object it is given; the contract's document stays untouched.
    const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, {
      defaultNonNullable: false,
      silent: true,
    });
    return astToString(ast);
  } catch (error) {
    throw new CodegenError(
      `openapi-typescript rejected the document: ${(error as Error).message}`,
      {
        file: 'openapi.json',
      },
    );
  }
}
