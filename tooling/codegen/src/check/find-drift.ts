import type { FileSet } from '../pipeline/file-set.js';
import type { OwnedPaths } from '../pipeline/types.js';
import { listOwnedFiles, readFiles } from '../write/owned-files.js';
import { sameContents } from './compare.js';

export type DriftKind = 'missing' | 'changed' | 'stray';

export interface Drift {
  path: string;
  kind: DriftKind;
  /** What the generator would write (absent for stray files). */
  expected?: string;
  /** What is on disk (absent for missing files). */
  actual?: string;
}

/** Every difference between the file set and the owned paths on disk, sorted by path. Reads only. */
export async function findDrift(
  repoRoot: string,
  files: FileSet,
  owned: Iterable<OwnedPaths>,
): Promise<{ drift: Drift[]; onDisk: Map<string, string> }> {
  const listed = await listOwnedFiles(repoRoot, owned);
  const onDisk = readFiles(repoRoot, new Set([...files.keys(), ...listed]));
  const drift: Drift[] = [];
  for (const [path, expected] of files) {
    const actual = onDisk.get(path);
    if (actual === undefined) drift.push({ path, kind: 'missing', expected });
    else if (!(await sameContents(path, expected, actual))) {
      drift.push({ path, kind: 'changed', expected, actual });
    }
  }
  for (const path of listed) {
    if (!files.has(path)) drift.push({ path, kind: 'stray', actual: onDisk.get(path) ?? '' });
  }
  drift.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { drift, onDisk };
}
