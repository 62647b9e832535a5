import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileSet } from '../pipeline/file-set.js';
import type { OwnedPaths } from '../pipeline/types.js';
import { listOwnedFiles, readFiles } from './owned-files.js';

export interface WriteSummary {
  written: string[];
  unchanged: number;
  removed: string[];
}

/**
 * Makes the owned paths equal the file set: every changed file is first written in full to a
 * temporary sibling, and only when all of them exist are they renamed into place (a rename is
 * atomic on one file system), so a failure while writing leaves the old files intact. Unchanged
 * files are not touched (their mtimes stay, so watchers and caches do not fire). Files in owned
 * paths that the set no longer has are stale and removed, as are folders that become empty.
 */
export async function writeFileSet(
  repoRoot: string,
  files: FileSet,
  owned: Iterable<OwnedPaths>,
): Promise<WriteSummary> {
  const ownedList = [...owned];
  const onDisk = await listOwnedFiles(repoRoot, ownedList);
  const current = await readFiles(repoRoot, files.keys());
  const changed = [...files].filter(([path, contents]) => current.get(path) !== contents);

  const staged: { temp: string; target: string }[] = [];
  try {
    for (const [path, contents] of changed) {
      const target = join(repoRoot, path);
      const temp = `${target}.codegen-${process.pid}.tmp`;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(temp, contents, 'utf8');
      staged.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);

  const removed = onDisk.filter((path) => !files.has(path));
  for (const path of removed) await rm(join(repoRoot, path), { force: true });
  for (const dir of new Set(removed.map((path) => dirname(path)))) {
    await removeEmptyDirs(repoRoot, dir, ownedList);
  }
  return {
    written: changed.map(([path]) => path),
    unchanged: files.size - changed.length,
    removed,
  };
}

/** Removes `dir` and its parents while empty, never going above an owned folder. */
async function removeEmptyDirs(repoRoot: string, dir: string, owned: OwnedPaths[]) {
  const roots = new Set(owned.flatMap((paths) => paths.dirs.map((d) => d.replace(/\/+$/, ''))));
  let current = dir;
  while (
    current !== '.' &&
    !roots.has(current) &&
    [...roots].some((r) => current.startsWith(`${r}/`))
  ) {
    const entries = await readdir(join(repoRoot, current)).catch(() => null);
    if (entries === null || entries.length > 0) return;
    await rmdir(join(repoRoot, current));
    current = dirname(current);
  }
}
