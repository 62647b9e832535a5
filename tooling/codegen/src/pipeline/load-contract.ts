import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenApiInfo, RouteDefinition } from '@acme/contract';
import { type CodegenConfig, loadConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import { locateUnrepresentable } from './locate-unrepresentable.js';
import type { LoadedContract } from './types.js';
import { isWarm } from './warm.js';

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
  let module: Partial<ContractModule>;
  try {
    module = (await importTypeScript(entry)) as Partial<ContractModule>;
  } catch (error) {
    // A contract that throws while loading (a bad .meta, a typo): name where it threw.
    throw new CodegenError(`the contract failed to load: ${describe(error, repoRoot)}`, {
      file: config.contract,
    });
  }
  const routes = module.routes as Record<string, RouteDefinition> | undefined;
  const info = module.apiInfo as OpenApiInfo | undefined;
  if (
    !routes ||
    !info ||
    !module.buildOpenApiDocument ||
    !module.buildContractSchemas ||
    !module.registeredModels ||
    !module.APP_VERSION_HEADER ||
    !module.CONTRACT_VERSION_HEADER
  ) {
    throw new CodegenError(
      'the contract must export routes, apiInfo, buildOpenApiDocument, buildContractSchemas, registeredModels, APP_VERSION_HEADER and CONTRACT_VERSION_HEADER',
      { file: config.contract, exitCode: 2 },
    );
  }
  try {
    // One conversion of the registry, shared by the document (a contract whose
    // buildOpenApiDocument takes no third argument converts again: same result, slower).
    const schemas = module.buildContractSchemas(routes);
    return {
      routes,
      info,
      document: module.buildOpenApiDocument(routes, { ...info }, schemas),
      schemas,
      zodModels: module.registeredModels(),
      clientHeaders: {
        appVersion: module.APP_VERSION_HEADER,
        contractVersion: module.CONTRACT_VERSION_HEADER,
      },
    };
  } catch (error) {
    const site = locateUnrepresentable(module.registeredModels());
    if (site) {
      throw new CodegenError(
        `${site.message}; use a wire-safe type (e.g. z.iso.datetime() for dates, no transforms)`,
        { file: config.contract, model: site.model, ...(site.field ? { field: site.field } : {}) },
      );
    }
    throw new CodegenError(describe(error, repoRoot), { file: config.contract });
  }
}

const runsFromSource = import.meta.url.endsWith('.ts');

/**
 * Running from source (tsx, vitest), this module is TypeScript and a loader is in place: a plain
 * import reads the contract. The prebuilt CLI (dist/, plain JavaScript) has no loader: it
 * bundles the contract (import-contract.ts), whose npm packages (zod) stay the very modules the
 * codegen uses.
 */
async function importTypeScript(entry: string): Promise<unknown> {
  if (isWarm()) {
    // A watch session imports every version of the contract in one process: always a fresh
    // bundle (a plain import of the same file would return the first version), and Zod's
    // global registry emptied of the previous version's models, whose ids the new ones reuse.
    const { z } = await import('zod');
    z.globalRegistry.clear();
  } else if (runsFromSource) {
    return import(pathToFileURL(entry).href);
  }
  const { importContract } = await import('./import-contract.js');
  return importContract(entry);
}

/**
 * Starts the prebuilt CLI's bundle of the contract (see import-contract.ts) before the targets
 * load, so that esbuild's work overlaps with theirs; loadContract then takes it. Never throws:
 * a bad configuration or contract is reported by loadConfig and loadContract, as without it.
 */
export async function startLoadingContract(repoRoot: string): Promise<void> {
  if (runsFromSource && !isWarm()) return;
  try {
    const [config, { startContractBundle }] = await Promise.all([
      loadConfig(repoRoot),
      import('./import-contract.js'),
    ]);
    const entry = join(repoRoot, config.contract);
    await access(entry);
    startContractBundle(entry);
  } catch {
    // The same error comes again, with its message, from the run itself.
  }
}

/** The error's message plus the first stack frame inside the repository, if any. */
function describe(error: unknown, repoRoot: string): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack
    ?.split('\n')
    .map((line) => line.trim())
    .find(
      (line) =>
        line.includes(repoRoot) &&
        !line.includes('node_modules') &&
        !line.includes(join(repoRoot, 'tooling', 'codegen')),
    );
  // Loaders may mark the modules they load with a query (`?tsx-namespace=...`): not part of the path.
  const where = frame
    ?.match(/\(?(?:file:\/\/)?([^()\s]+:\d+:\d+)\)?$/)?.[1]
    ?.replace(/\?[^:]*(?=:\d+:\d+$)/, '');
  return where ? `${error.message} (at ${relative(repoRoot, where)})` : error.message;
}
