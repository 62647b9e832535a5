import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isVersion } from './breaking/version.js';
import { CodegenError } from './errors.js';

export const CONFIG_FILE = 'codegen.config.json';

const repoPath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
    message: 'must be a path inside the repository',
  });

const dartPackageName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'Dart package names are lower_snake_case and start with a letter');

/** codegen.config.json: where the contract lives and where each target writes. */
export const CodegenConfig = z.strictObject({
  /** Module exporting `routes` and `apiInfo`; loaded from source on every run. */
  contract: repoPath.default('packages/contract/src/index.ts'),
  openapi: z
    .strictObject({ output: repoPath })
    .default({ output: 'packages/contract/openapi.json' }),
  typescript: z
    .strictObject({ outDir: repoPath })
    .default({ outDir: 'packages/client-ts/src/generated' }),
  dart: z
    .strictObject({
      packageDir: repoPath,
      packageName: dartPackageName,
      description: z.string().max(180),
    })
    .default({
      packageDir: 'packages/dart_client',
      packageName: 'acme_api',
      description: 'Typed models and API client generated from the Zod contract.',
    }),
  breaking: z
    .strictObject({
      /** One `<app version>.json` per released app version (`pnpm codegen snapshot`). */
      snapshotsDir: repoPath,
      /**
       * Oldest app version still installed in users' hands; older snapshots are ignored.
       * null: every snapshot is checked.
       */
      minimumSupportedVersion: z
        .string()
        .refine(isVersion, 'must be an app version like 1.4.0 (or null)')
        .nullable(),
      /** Breaking changes shipped on purpose: `{ "acknowledged": [{ "id", "reason" }] }`. */
      acknowledgements: repoPath,
    })
    .default({
      snapshotsDir: 'packages/contract/snapshots',
      minimumSupportedVersion: null,
      acknowledgements: 'packages/contract/breaking-changes.acknowledged.json',
    }),
});
export type CodegenConfig = z.infer<typeof CodegenConfig>;

export async function loadConfig(repoRoot: string): Promise<CodegenConfig> {
  const file = join(repoRoot, CONFIG_FILE);
  let raw: unknown = {};
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new CodegenError(`cannot read: ${(error as Error).message}`, {
        file: CONFIG_FILE,
        exitCode: 2,
      });
    }
  }
  const parsed = CodegenConfig.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new CodegenError(`invalid configuration\n  ${issues.join('\n  ')}`, {
      file: CONFIG_FILE,
      exitCode: 2,
    });
  }
  return parsed.data;
}
