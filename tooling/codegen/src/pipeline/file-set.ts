import type { GeneratedFile, OwnedPaths } from './types.js';

/** Every generated file of a run, keyed by repository-relative path, in sorted order. */
export type FileSet = ReadonlyMap<string, string>;

/** True when `path` is one of `owned.files` or lies under one of `owned.dirs`. */
export const isOwned = (path: string, owned: OwnedPaths) =>
  owned.files.includes(path) || owned.dirs.some((dir) => path.startsWith(`${trimSlash(dir)}/`));

export const trimSlash = (path: string) => path.replace(/\/+$/, '');

/** Forward slashes, no leading `./`, no `..`, not absolute: the only paths a target may emit. */
export const isCleanPath = (path: string) =>
  path.length > 0 &&
  !path.startsWith('/') &&
  !path.includes('\\') &&
  path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

/**
 * Sorts files by path (code-unit order, independent of the order targets or the file system
 * produced them) so that everything downstream, output included, is deterministic.
 */
export function toFileSet(files: Iterable<GeneratedFile>): FileSet {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return new Map(sorted.map((file) => [file.path, file.contents]));
}
