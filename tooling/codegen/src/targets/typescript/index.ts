import { startBackgroundWorkers } from '../../pipeline/background/index.js';
import { lineCommentHeader } from '../../pipeline/header.js';
import type { Target } from '../../pipeline/types.js';
import { clientInfo } from './client-info.js';
import { modelAliases } from './model-aliases.js';
import { openApiTypes } from './openapi-types.js';
import { operationTable } from './operation-table.js';

/**
 * packages/client-ts/src/generated: the types of the API for the hand-written openapi-fetch
 * client next to it. Four files, each with the generated header.
 */
export const typescriptTarget: Target = {
  name: 'typescript',
  owns: (config) => ({ dirs: [config.typescript.outDir], files: [] }),
  prepare: startBackgroundWorkers,
  async generate({ config, contract }) {
    const dir = config.typescript.outDir;
    const header = lineCommentHeader('typescript');
    const types = await openApiTypes(contract.document);
    return [
      { path: `${dir}/openapi.ts`, contents: `${header}\n${types}` },
      {
        path: `${dir}/models.ts`,
        contents: `${header}\n${modelAliases(contract.document, './openapi.js')}`,
      },
      { path: `${dir}/operations.ts`, contents: `${header}\n${operationTable(contract.document)}` },
      { path: `${dir}/client-info.ts`, contents: `${header}\n${clientInfo(contract)}` },
    ];
  },
};
