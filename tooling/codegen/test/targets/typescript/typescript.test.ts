import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { typescriptTarget } from '../../../src/targets/typescript/index.js';
import { repoContext } from '../../helpers/contract.js';
import { REPO_ROOT } from '../../helpers/temp-repo.js';

const CLIENT = join(REPO_ROOT, 'packages/client-ts');

describe('typescript target', () => {
  it('produces the committed files (golden), each with the generated header', async () => {
    const files = await typescriptTarget.generate(await repoContext());
    expect(files.map((file) => file.path)).toEqual([
      'packages/client-ts/src/generated/openapi.ts',
      'packages/client-ts/src/generated/models.ts',
      'packages/client-ts/src/generated/operations.ts',
      'packages/client-ts/src/generated/client-info.ts',
    ]);
    for (const file of files) {
      expect(file.contents.startsWith('// GENERATED CODE - DO NOT EDIT.\n')).toBe(true);
      expect(readFileSync(join(REPO_ROOT, file.path), 'utf8'), file.path).toBe(file.contents);
    }
  });

  it('stamps the contract version and the handshake headers into client-info.ts', async () => {
    const context = await repoContext();
    const info = (await typescriptTarget.generate(context)).find((file) =>
      file.path.endsWith('client-info.ts'),
    )?.contents;
    expect(info).toContain(`export const CONTRACT_VERSION = '${context.contract.info.version}';`);
    expect(info).toContain("export const APP_VERSION_HEADER = 'x-app-version';");
    expect(info).toContain("export const CONTRACT_VERSION_HEADER = 'x-contract-version';");
  });

  it('exports every component as a named type and every operation in the table', async () => {
    const context = await repoContext();
    const files = await typescriptTarget.generate(context);
    const models = files.find((file) => file.path.endsWith('models.ts'))?.contents ?? '';
    for (const name of Object.keys(context.contract.document.components.schemas)) {
      expect(models).toContain(`export type ${name} = components['schemas']['${name}'];`);
    }
    const table = files.find((file) => file.path.endsWith('operations.ts'))?.contents ?? '';
    for (const [id, route] of Object.entries(context.contract.routes)) {
      expect(table).toContain(`  ${id}: {`);
      // The client sends the session token where the contract says signed-in, and only there.
      expect(table).toMatch(
        new RegExp(`^  ${id}: \\{.*signedIn: ${route.access === 'signed-in'} \\},$`, 'm'),
      );
    }
  });

  it('typechecks: the client package, its generated types and its tests compile cleanly', () => {
    const configFile = ts.readConfigFile(join(CLIENT, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, CLIENT);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) =>
      ts.formatDiagnostic(d, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => CLIENT,
        getNewLine: () => '\n',
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(parsed.fileNames.some((f) => f.endsWith('src/generated/openapi.ts'))).toBe(true);
  }, 60_000);
});
