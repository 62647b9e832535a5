import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CodegenError } from '../errors.js';

/** The repository root: the nearest folder at or above `start` holding pnpm-workspace.yaml. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new CodegenError(`no pnpm-workspace.yaml at or above ${start}: run inside the repo`, {
        exitCode: 2,
      });
    }
    dir = parent;
  }
}
