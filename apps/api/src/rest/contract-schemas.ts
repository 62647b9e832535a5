import {
  buildContractSchemas,
  type ContractSchemas,
  type RouteDefinition,
  routes,
} from '@acme/contract';

/**
 * The contract's JSON Schemas as scripts/build.mjs computed them when it bundled the server
 * (the bundle inlines the same contract sources), or undefined when running from source.
 */
declare const __TETHER_CONTRACT_SCHEMAS__: string | undefined;
const prebuilt =
  typeof __TETHER_CONTRACT_SCHEMAS__ === 'string' ? __TETHER_CONTRACT_SCHEMAS__ : undefined;

/**
 * buildContractSchemas(table), read from the bundle for the contract's own route table: the
 * conversion of every model with Zod's toJSONSchema was ~40 ms of each production start's CPU,
 * for a result fixed at build time. Any other table (tests) is converted as before.
 */
export function contractSchemasOf(table: Record<string, RouteDefinition>): ContractSchemas {
  return table === (routes as Record<string, RouteDefinition>) && prebuilt !== undefined
    ? (JSON.parse(prebuilt) as ContractSchemas)
    : buildContractSchemas(table);
}
