import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository these tests check. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export const repoPath = (...parts: string[]) => resolve(REPO_ROOT, ...parts);

export const readRepoFile = (...parts: string[]) => readFileSync(repoPath(...parts), 'utf8');

/** codegen.config.json's Dart target: where the generated package lives and its name. */
export function dartTarget(): { packageDir: string; packageName: string } {
  const config = JSON.parse(readRepoFile('codegen.config.json')) as {
    dart: { packageDir: string; packageName: string };
  };
  return config.dart;
}
