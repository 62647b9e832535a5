import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Renames, renamePath, renameText } from './rename.js';

export interface FileChange {
  path: string;
  /** Differs from `path` when the path itself carries a renamed name. */
  newPath: string;
  /** New content, or undefined when only the path changes. */
  content?: string;
}

/** Files larger than this are data, not sources: left alone. */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const isBinary = (bytes: Buffer) => bytes.subarray(0, 8000).includes(0);

/** What a rename would change in the given files; reads only, writes nothing. */
export async function planChanges(
  root: string,
  files: readonly string[],
  renames: Renames,
): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  for (const path of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(root, path));
    } catch (error) {
      // A tracked file deleted in the work tree cannot exist here: the tree is clean.
      throw new Error(`cannot read ${path}: ${(error as Error).message}`);
    }
    const newPath = renamePath(path, renames);
    let content: string | undefined;
    if (bytes.length <= MAX_TEXT_BYTES && !isBinary(bytes)) {
      const text = bytes.toString('utf8');
      const renamed = renameText(path, text, renames);
      if (renamed !== text) content = renamed;
    }
    if (content !== undefined || newPath !== path) changes.push({ path, newPath, content });
  }
  return changes;
}

/** Writes contents first, then moves files, so a move never loses an edit. */
export async function applyChanges(root: string, changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    if (change.content !== undefined) await writeFile(join(root, change.path), change.content);
  }
  for (const change of changes) {
    if (change.newPath === change.path) continue;
    await mkdir(dirname(join(root, change.newPath)), { recursive: true });
    await rename(join(root, change.path), join(root, change.newPath));
  }
}
