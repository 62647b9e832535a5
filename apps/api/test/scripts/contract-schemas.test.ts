import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContractSchemas, routes } from '@acme/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { contractSchemasDefine } from '../../scripts/contract-schemas.mjs';
import { contractSchemasOf } from '../../src/rest/contract-schemas.js';
import { importBundled, removeBundles } from '../helpers/bundle.js';

// scripts/build.mjs computes the contract's JSON Schemas once and the bundle reads them
// (src/rest/contract-schemas.ts) instead of converting every model at each start: what it
// reads must be exactly what the conversion gives, and only for the contract's own routes.
afterAll(removeBundles);

describe('contract schemas computed at build time', () => {
  it('are the schemas buildContractSchemas gives for the route table', async () => {
    const define = await contractSchemasDefine();
    const json = JSON.parse(define.__TETHER_CONTRACT_SCHEMAS__ as string) as string;
    expect(JSON.parse(json)).toEqual(buildContractSchemas(routes));
  });

  it('are read by a bundle for the route table, and any other table is converted', async () => {
    const source = pathToFileURL(join(import.meta.dirname, '../../src/rest/contract-schemas.ts'));
    // A marker instead of the real schemas: proves the bundle reads the define, not Zod.
    const marker = { components: {}, models: { Marker: { output: 'Marker' } } };
    const bundled = await importBundled(
      `import { routes } from '@acme/contract';
import { contractSchemasOf } from ${JSON.stringify(source.pathname)};
export const own = contractSchemasOf(routes);
export const other = contractSchemasOf({ getTask: routes.getTask });`,
      { define: { __TETHER_CONTRACT_SCHEMAS__: JSON.stringify(JSON.stringify(marker)) } },
    );
    expect(bundled.own).toEqual(marker);
    expect((bundled.other as { models: object }).models).toHaveProperty('Task');
    // Unbundled (tsx, tests) nothing is defined: the conversion runs.
    expect(contractSchemasOf(routes)).toEqual(buildContractSchemas(routes));
  });
});
