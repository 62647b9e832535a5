import type { OpenApiDocument } from '@acme/contract';
import { CodegenError } from '../../errors.js';
import { runInBackground, TYPES_WORKER } from '../../pipeline/background/index.js';

/**
 * `paths`, `components` and `operations` types of the document, through openapi-typescript's
 * Node API (no shell-out: same version as the lockfile), on the types worker, where TypeScript
 * and openapi-typescript (the slowest imports of a run) were loaded while the contract loaded.
 */
export async function openApiTypes(document: OpenApiDocument): Promise<string> {
  try {
    return await runInBackground('openapiTypes', document, TYPES_WORKER);
  } catch (error) {
    if (error instanceof CodegenError) throw error;
    throw new CodegenError(
      `the OpenAPI document cannot be turned into TypeScript: ${(error as Error).message}`,
      { file: 'openapi.json' },
    );
  }
}
