import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenApiInfo, RouteDefinition } from '@acme/contract';
import type { CodegenConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import type { LoadedContract } from './types.js';

type ContractModule = typeof import('@acme/contract');

/**
 * Imports the contract from the repository being generated (not from this package's own
 * dependency), so that a temporary copy of a repository generates from its own contract.
 */
export async function loadContract(
  repoRoot: string,
  config: CodegenConfig,
): Promise<LoadedContract> {
  const entry = join(repoRoot, config.contract);
  try {
    await access(entry);
  } catch {
    throw new CodegenError('contract entry not found (set "contract" in codegen.config.json)', {
      file: config.contract,
      exitCode: 2,
    });
  }
  const module = (await import(pathToFileURL(entry).href)) as Partial<ContractModule>;
  const routes = module.routes as Record<string, RouteDefinition> | undefined;
  const info = module.apiInfo as OpenApiInfo | undefined;
  if (
    !routes ||
    !info ||
    !module.buildOpenApiDocument ||
    !module.buildContractSchemas ||
    !module.registeredModels
  ) {
    throw new CodegenError(
      'the contract must export routes, apiInfo, buildOpenApiDocument, buildContractSchemas and registeredModels',
      { file: config.contract, exitCode: 2 },
    );
  }
  try {
    return {
      routes,
      info,
      document: module.buildOpenApiDocument(routes, { ...info }),
      schemas: module.buildContractSchemas(routes),
      zodModels: module.registeredModels(),
    };
  } catch (error) {
    throw new CodegenError((error as Error).message, { file: config.contract });
  }
}
