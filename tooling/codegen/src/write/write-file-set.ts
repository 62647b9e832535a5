import type { FileSet } from '../pipeline/file-set.js';
import { trimSlash } from '../pipeline/file-set.js';
import type { OwnedPaths } from '../pipeline/types.js';
import { applyJournal, recoverInterruptedWrite, type StepHook, stageAndCommit } from './journal.js';
import { listOwnedFiles, readFiles } from './owned-files.js';

export interface WriteSummary {
  written: string[];
  unchanged: number;
  removed: string[];
}

export interface WriteOptions {
  /** Test seam: awaited between the steps of the write (see journal.ts). */
  onStep?: StepHook;
}

/**
 * Makes the owned paths equal the file set, as one transaction over all targets (journal.ts
 * explains why and how): a killed or failed run leaves the old generation or, once the next
 * run has finished the committed part, the new one; never a mix that looks settled. Unchanged
 * files are not touched (their mtimes stay, so watchers and caches do not fire). Files in owned
 * paths that the set no longer has are stale and removed, as are folders that become empty.
 */
export async function writeFileSet(
  repoRoot: string,
  files: FileSet,
  owned: Iterable<OwnedPaths>,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const onStep = options.onStep ?? (() => {});
  // A run killed mid-write is settled first, so the comparison below sees real files.
  await recoverInterruptedWrite(repoRoot);
  const ownedList = [...owned];
  const onDisk = await listOwnedFiles(repoRoot, ownedList);
  const current = readFiles(repoRoot, files.keys());
  const changed = [...files].filter(([path, contents]) => current.get(path) !== contents);
  const removed = onDisk.filter((path) => !files.has(path));

  if (changed.length > 0 || removed.length > 0) {
    const journal = {
      write: changed.map(([path]) => path),
      remove: removed,
      roots: ownedList.flatMap((paths) => paths.dirs.map(trimSlash)),
    };
    await stageAndCommit(repoRoot, changed, journal, onStep);
    await applyJournal(repoRoot, journal, onStep);
  }
  return {
    written: changed.map(([path]) => path),
    unchanged: files.size - changed.length,
    removed,
  };
}
