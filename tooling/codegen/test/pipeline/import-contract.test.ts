// The prebuilt CLI bundles the contract with esbuild; `startContractBundle` starts that bundle
// before the targets load, and the next import takes it, once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importContract, startContractBundle } from '../../src/pipeline/import-contract.js';

let dir: string;
let entry: string;
const writeVersion = (version: number) =>
  writeFile(entry, `export const version: number = ${version};\n`);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-contract-'));
  entry = join(dir, 'contract.ts');
  await writeVersion(1);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('importContract', () => {
  it('bundles and imports a TypeScript entry', async () => {
    expect(await importContract(entry)).toMatchObject({ version: 1 });
  });

  it('takes a bundle started earlier, and only once', async () => {
    await startContractBundle(entry);
    await writeVersion(2);
    expect(await importContract(entry)).toMatchObject({ version: 1 });
    // A later import (another run in this process) bundles the contract as it is now.
    expect(await importContract(entry)).toMatchObject({ version: 2 });
  });

  it("rejects with the started bundle's error", async () => {
    await writeFile(entry, 'export const broken = ;\n');
    await startContractBundle(entry);
    await expect(importContract(entry)).rejects.toThrow(/Unexpected ";"|Build failed/);
  });
});
