/**
 * App versions as Flutter and npm write them (`1.4.0`, `1.4.0-beta.2`, `1.4.0+37`), and their
 * order. One definition for the two places that compare them: the breaking-change check (which
 * shipped versions a change would break) and the server's handshake (which versions it still
 * serves, from the same `breaking.minimumSupportedVersion`).
 */
const VERSION =
  /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:-([0-9A-Za-z.-]{1,40}))?(?:\+([0-9A-Za-z.-]{1,40}))?$/;

export interface AppVersion {
  text: string;
  core: [number, number, number];
  prerelease: string | undefined;
  build: string | undefined;
}

/** The version a text names, or undefined (also for anything over 100 characters). */
export function parseVersion(text: string): AppVersion | undefined {
  const match = text.length <= 100 ? VERSION.exec(text) : null;
  if (!match) return undefined;
  return {
    text,
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    prerelease: match[4],
    build: match[5],
  };
}

export const isVersion = (text: string) => parseVersion(text) !== undefined;

/** Dot-separated identifiers compare numerically when both are numbers (semver rule). */
function compareIdentifiers(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/**
 * Semver order; a pre-release sorts before its release. Unlike semver, the build part
 * (Flutter's build number) breaks ties, because app stores order builds by it.
 */
export function compareVersions(a: AppVersion, b: AppVersion): number {
  for (let i = 0; i < 3; i++) {
    const diff = (a.core[i] as number) - (b.core[i] as number);
    if (diff !== 0) return diff;
  }
  if (a.prerelease !== b.prerelease) {
    if (a.prerelease === undefined) return 1;
    if (b.prerelease === undefined) return -1;
    const diff = compareIdentifiers(a.prerelease, b.prerelease);
    if (diff !== 0) return diff;
  }
  if (a.build === b.build) return 0;
  if (a.build === undefined) return -1;
  if (b.build === undefined) return 1;
  return compareIdentifiers(a.build, b.build);
}
