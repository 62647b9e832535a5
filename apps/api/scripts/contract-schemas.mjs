// The contract's JSON Schemas, computed when the server is bundled: src/rest/contract-schemas.ts
// reads them from the bundle instead of converting every model with Zod at each start.
import { tsImport } from 'tsx/esm/api';

/** esbuild `define` entries: the schemas of the contract's route table, as a JSON string. */
export async function contractSchemasDefine() {
  const contract = await tsImport('@acme/contract', import.meta.url);
  const json = JSON.stringify(contract.buildContractSchemas(contract.routes));
  return { __TETHER_CONTRACT_SCHEMAS__: JSON.stringify(json) };
}
