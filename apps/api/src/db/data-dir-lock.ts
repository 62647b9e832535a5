import { readFileSync, statSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rmdir, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { StartupError } from '../startup-error.js';

/**
 * One process per PGlite data directory. PGlite has no lock of its own: two processes on one
 * directory both start, each sees only its own writes, and the directory ends up corrupt. This
 * is PostgreSQL's postmaster.pid idea: a file in the data directory naming the owning process,
 * created atomically, removed on close and on exit, and taken over once its owner is dead, so a
 * crash (SIGKILL, power loss) never needs a hand to recover.
 *
 * Not a library: proper-lockfile and its kin decide staleness by the lock's age, so a restart
 * right after a crash would be refused for their whole stale period, and a process whose event
 * loop stalls longer than that would lose its lock to a second one. Liveness of the recorded
 * process is exact on one host; a lock written on another host (a shared volume) is never
 * taken over, only reported.
 */
export const LOCK_FILE = 'data-dir.lock';

/** A takeover of a dead owner's lock is a few file operations; older markers are leftovers. */
const TAKEOVER_MARKER_STALE_MS = 10_000;

interface Owner {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

/** The data directory is in use by another live process (or one on another host). */
export class DataDirLockedError extends StartupError {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly owner: Owner | undefined,
  ) {
    const who = owner
      ? `process ${owner.pid} on ${owner.hostname} (${owner.command}, since ${owner.startedAt})`
      : 'another process (its lock file is unreadable)';
    const lockFile = join(dataDir, LOCK_FILE);
    // Only a lock this host cannot judge needs a hand; a dead local owner is taken over.
    const unverifiable = owner === undefined || owner.hostname !== hostname();
    super(
      'PGLITE_DATA_DIR',
      `${dataDir} is in use by ${who}. Stop that process or point ` +
        `PGLITE_DATA_DIR at another directory${
          unverifiable ? `; if no process uses it, delete ${lockFile}` : ''
        }.`,
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

const readOwner = async (file: string): Promise<Owner | undefined> => {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Owner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return undefined;
    return parsed as Owner;
  } catch {
    return undefined;
  }
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a recorded owner is gone for sure. Our own pid, when this process does not hold the
 * directory, is an earlier life of a restarted container (pid 1 again), not us.
 */
const isDead = (owner: Owner | undefined) =>
  owner !== undefined &&
  owner.hostname === hostname() &&
  (owner.pid === process.pid || !isAlive(owner.pid));

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Replaces a dead owner's lock. Contenders serialise on a marker directory (mkdir is atomic),
 * and the winner looks again under it: without that, two processes that both saw the dead
 * owner could each remove the other's fresh lock.
 */
async function takeOver(file: string, dead: Owner, claim: string): Promise<boolean> {
  const marker = `${file}.takeover`;
  try {
    await mkdir(marker);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const since = statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    // A contender that died mid-takeover left its marker: clear it and let the caller retry.
    if (Date.now() - since > TAKEOVER_MARKER_STALE_MS) await rmdir(marker).catch(() => {});
    return false;
  }
  try {
    const current = await readOwner(file);
    if (current?.pid !== dead.pid || current.startedAt !== dead.startedAt) return false;
    await unlink(file);
    await link(claim, file);
    return true;
  } finally {
    await rmdir(marker).catch(() => {});
  }
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError naming its owner.
 * The lock is released by release(), and on process exit if release() never ran.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  if (heldHere.has(dir)) throw new DataDirLockedError(dataDir, ownerRecord());
  // The claim is written in full under a private name, then linked into place: link() fails
  // if the lock exists, and a reader never sees a half-written owner.
  const claim = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(claim, `${JSON.stringify(ownerRecord())}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(claim, file);
        break;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const owner = await readOwner(file);
      // Gone between link() and the read: the owner released it; try again.
      if (owner === undefined && !statSync(file, { throwIfNoEntry: false })) continue;
      if (!isDead(owner) || attempt >= 5) throw new DataDirLockedError(dataDir, owner);
      if (await takeOver(file, owner as Owner, claim)) break;
      await new Promise((done) => setTimeout(done, 20 * (attempt + 1)));
    }
  } finally {
    await unlink(claim).catch(() => {});
  }
  heldHere.add(dir);
  // A process that exits without closing the database (process.exit in a script) still frees
  // the directory; SIGKILL cannot run this, which is what the liveness check is for.
  const onExit = () => releaseSync(dir, file);
  process.once('exit', onExit);
  return {
    file,
    async release() {
      process.removeListener('exit', onExit);
      releaseSync(dir, file);
    },
  };
}

let startedAt: string | undefined;
function ownerRecord(): Owner {
  startedAt ??= new Date(Date.now() - process.uptime() * 1000).toISOString();
  return {
    pid: process.pid,
    hostname: hostname(),
    startedAt,
    command: process.argv.slice(1, 3).join(' ').slice(0, 200) || process.argv0,
  };
}

/** Removes the lock only while it is still ours (never a successor's). */
function releaseSync(dir: string, file: string): void {
  if (!heldHere.delete(dir)) return;
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    if (owner.pid === process.pid && owner.hostname === hostname()) unlinkSync(file);
  } catch {
    // Already gone, or unreadable: nothing of ours to remove.
  }
}
