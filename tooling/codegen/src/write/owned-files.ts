import { type Dirent, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { trimSlash } from '../pipeline/file-set.js';
import type { OwnedPaths } from '../pipeline/types.js';

/**
 * Build state that tools put inside generated folders and that git ignores (see .gitignore):
 * not generated, not hand-written, so neither stale nor stray.
 */
const TOOL_STATE = new Set([
  '.dart_tool',
  'build',
  'pubspec.lock',
  '.flutter-plugins',
  '.flutter-plugins-dependencies',
  'node_modules',
  '.turbo',
  '.DS_Store',
]);

/** Repository-relative paths of every file now on disk in the owned paths, sorted. */
export async function listOwnedFiles(repoRoot: string, owned: Iterable<OwnedPaths>) {
  const found = new Set<string>();
  for (const paths of owned) {
    for (const file of paths.files) {
      if (await isFile(join(repoRoot, file))) found.add(file);
    }
    for (const dir of paths.dirs) {
      for (const file of await walk(repoRoot, trimSlash(dir))) found.add(file);
    }
  }
  return [...found].sort();
}

/**
 * Contents of the given repository-relative files; absent files are left out. Read
 * synchronously, as journal.ts writes: a thread-pool round trip per file cost more than the read.
 */
export function readFiles(repoRoot: string, paths: Iterable<string>): Map<string, string> {
  const contents = new Map<string, string>();
  for (const path of paths) {
    try {
      contents.set(path, readFileSync(join(repoRoot, path), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return contents;
}

async function walk(repoRoot: string, dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(repoRoot, dir), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (TOOL_STATE.has(entry.name)) continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(repoRoot, path)));
    else files.push(path);
  }
  return files;
}

async function isFile(path: string) {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
