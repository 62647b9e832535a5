import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CodegenError } from '../errors.js';
import { type ContractSnapshot, validateSnapshot } from './snapshot-format.js';
import { type AppVersion, compareVersions, parseVersion } from './version.js';

export interface SnapshotFile {
  version: AppVersion;
  /** Repository-relative path, for messages. */
  path: string;
}

/** The snapshot files of a directory, oldest version first; other files are not snapshots. */
export async function listSnapshots(repoRoot: string, dir: string): Promise<SnapshotFile[]> {
  let names: string[];
  try {
    names = await readdir(join(repoRoot, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new CodegenError(`cannot list snapshots: ${(error as Error).message}`, {
      file: dir,
      exitCode: 2,
    });
  }
  const files: SnapshotFile[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const version = parseVersion(name.slice(0, -'.json'.length));
    if (version === undefined) {
      throw new CodegenError('snapshot file names must be <app version>.json, e.g. 1.4.0.json', {
        file: `${dir}/${name}`,
        exitCode: 2,
      });
    }
    files.push({ version, path: `${dir}/${name}` });
  }
  return files.sort((a, b) => compareVersions(a.version, b.version));
}

/** The snapshots of app versions still supported: `minimum` and newer (all when null). */
export function supportedSnapshots(files: SnapshotFile[], minimum: AppVersion | undefined) {
  return minimum === undefined
    ? files
    : files.filter((file) => compareVersions(file.version, minimum) >= 0);
}

/** Reads and validates one snapshot; any problem is a CodegenError with exit code 2. */
export async function readSnapshot(repoRoot: string, path: string): Promise<ContractSnapshot> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, path), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new CodegenError(
      missing ? 'snapshot not found' : `cannot read snapshot: ${(error as Error).message}`,
      {
        file: path,
        exitCode: 2,
      },
    );
  }
  return parseSnapshot(text, path);
}

export function parseSnapshot(text: string, path: string): ContractSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CodegenError(`corrupt snapshot, not JSON: ${(error as Error).message}`, {
      file: path,
      exitCode: 2,
    });
  }
  const { snapshot, problems } = validateSnapshot(raw);
  if (snapshot === undefined) {
    throw new CodegenError(`corrupt snapshot\n  ${problems.slice(0, 10).join('\n  ')}`, {
      file: path,
      exitCode: 2,
    });
  }
  const named = basename(path, '.json');
  if (parseVersion(named) !== undefined && named !== snapshot.appVersion) {
    throw new CodegenError(
      `file name says ${named} but the snapshot records app version ${snapshot.appVersion}`,
      { file: path, exitCode: 2 },
    );
  }
  return snapshot;
}

/** Temp file + rename: a crash never leaves half a snapshot behind. */
export async function writeFileAtomic(path: string, contents: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, contents, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
