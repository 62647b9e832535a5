import { access } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { CONFIG_FILE, type CodegenConfig, loadConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import { loadContract } from '../pipeline/load-contract.js';
import type { CliCommand, CliIo } from '../pipeline/types.js';
import { loadAcknowledgements } from './acknowledgements.js';
import { parseArgs } from './args.js';
import { compareSnapshots } from './compare.js';
import { snapshotAtGitRef } from './git-base.js';
import { normalizeContract } from './normalize.js';
import { blockingChanges, buildReport, renderJson, renderMarkdown } from './report.js';
import {
  listSnapshots,
  readSnapshot,
  type SnapshotFile,
  supportedSnapshots,
  writeFileAtomic,
} from './snapshot-files.js';
import type { ContractSnapshot } from './snapshot-format.js';
import { stableJson } from './stable-json.js';
import {
  type AppVersion,
  compareVersions,
  isVersion,
  parseVersion,
  requireVersion,
} from './version.js';

const SNAPSHOT_USAGE = 'pnpm codegen snapshot <app version> [--force]';
const BREAKING_USAGE =
  'pnpm codegen breaking [--base <snapshot version | snapshot file | git ref>] [--json]';

const exists = async (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Runs a command body; a CodegenError becomes a message on stderr and its exit code. */
const guarded =
  (body: (argv: string[], io: CliIo) => Promise<number>): CliCommand =>
  async (argv, io) => {
    try {
      return await body(argv, io);
    } catch (error) {
      if (!(error instanceof CodegenError)) throw error;
      io.stderr(`codegen: ${error.message}\n`);
      return error.exitCode;
    }
  };

/** `snapshot <version>`: records the current contract as the one app <version> ships with. */
export const runSnapshot: CliCommand = guarded(async (argv, io) => {
  const args = parseArgs(argv, { flags: ['force'], options: [], usage: SNAPSHOT_USAGE });
  if (args.positionals.length !== 1) {
    throw new CodegenError(`expected one app version\nusage: ${SNAPSHOT_USAGE}`, { exitCode: 2 });
  }
  const version = requireVersion(args.positionals[0], 'the snapshot version');
  const config = await loadConfig(io.repoRoot);
  const path = `${config.breaking.snapshotsDir}/${version.text}.json`;
  if (!args.flags.has('force') && (await exists(join(io.repoRoot, path)))) {
    throw new CodegenError(
      'a snapshot of this version already exists; it records what that shipped app expects, ' +
        'so it is not replaced unless you pass --force',
      { file: path, exitCode: 2 },
    );
  }
  const contract = await loadContract(io.repoRoot, config);
  const snapshot = normalizeContract(contract, version.text);
  await writeFileAtomic(join(io.repoRoot, path), stableJson(snapshot));
  io.stdout(
    `wrote ${path}: ${Object.keys(snapshot.models).length} models, ` +
      `${Object.keys(snapshot.routes).length} routes\n`,
  );
  const minimum = minimumOf(config);
  if (minimum !== undefined && compareVersions(version, minimum) < 0) {
    io.stderr(
      `note: ${version.text} is older than ${MINIMUM_FIELD} (${minimum.text}), so \`breaking\` ` +
        'lists its breaks as retired: they never fail the check\n',
    );
  }
  return 0;
});

interface Base {
  label: string;
  snapshot: ContractSnapshot;
  /** Below `breaking.minimumSupportedVersion`: compared for the record, never blocking. */
  retired: boolean;
}

const MINIMUM_FIELD = 'breaking.minimumSupportedVersion';

/** The policy's minimum app version, or undefined when every version is supported. */
function minimumOf(config: CodegenConfig): AppVersion | undefined {
  const { minimumSupportedVersion } = config.breaking;
  return minimumSupportedVersion === null
    ? undefined
    : requireVersion(minimumSupportedVersion, MINIMUM_FIELD);
}

const isRetired = (version: string, minimum: AppVersion | undefined) => {
  const parsed = parseVersion(version);
  return minimum !== undefined && parsed !== undefined && compareVersions(parsed, minimum) < 0;
};

/**
 * A minimum newer than every snapshot retires them all: the check would compare nothing and
 * pass every change, typically because the newest release was never snapshotted.
 */
function checkPolicy(
  config: CodegenConfig,
  minimum: AppVersion | undefined,
  files: SnapshotFile[],
): void {
  if (minimum === undefined) return;
  if (supportedSnapshots(files, minimum).length > 0) return;
  const { snapshotsDir } = config.breaking;
  const newest = files.at(-1);
  throw new CodegenError(
    `${MINIMUM_FIELD} is ${minimum.text}, newer than every snapshot in ${snapshotsDir} ` +
      `(${newest === undefined ? 'there are none' : `newest: ${newest.version.text}`}), so no ` +
      'supported app version would be checked. Record the snapshot of the app version that ' +
      `ships (pnpm codegen snapshot ${minimum.text}) or lower ${MINIMUM_FIELD}.`,
    { file: CONFIG_FILE, exitCode: 2 },
  );
}

async function resolveBase(
  io: CliIo,
  config: CodegenConfig,
  minimum: AppVersion | undefined,
  value: string,
): Promise<Base> {
  if (isVersion(value)) {
    const path = `${config.breaking.snapshotsDir}/${value}.json`;
    if (await exists(join(io.repoRoot, path))) {
      const snapshot = await readSnapshot(io.repoRoot, path);
      return { label: value, snapshot, retired: isRetired(snapshot.appVersion, minimum) };
    }
  }
  if (value.endsWith('.json')) {
    const path = isAbsolute(value) ? relative(io.repoRoot, value) : value;
    const snapshot = await readSnapshot(io.repoRoot, path);
    return {
      label: snapshot.appVersion,
      snapshot,
      retired: isRetired(snapshot.appVersion, minimum),
    };
  }
  // Neither a recorded version nor a file: a tag, branch or commit (no app version, never retired).
  return {
    label: `git ${value}`,
    snapshot: await snapshotAtGitRef(io.repoRoot, config, value),
    retired: false,
  };
}

/** Every snapshot, oldest first; those below the minimum marked retired. */
async function snapshotBases(
  io: CliIo,
  files: SnapshotFile[],
  minimum: AppVersion | undefined,
): Promise<Base[]> {
  const bases: Base[] = [];
  for (const file of files) {
    bases.push({
      label: file.version.text,
      snapshot: await readSnapshot(io.repoRoot, file.path),
      retired: minimum !== undefined && compareVersions(file.version, minimum) < 0,
    });
  }
  return bases;
}

/**
 * `breaking`: compares the current contract with what every supported app version (or --base)
 * was built against. Exit 1 when a breaking change is not acknowledged, 2 on bad input.
 */
export const runBreaking: CliCommand = guarded(async (argv, io) => {
  const args = parseArgs(argv, { flags: ['json'], options: ['base'], usage: BREAKING_USAGE });
  if (args.positionals.length > 0) {
    throw new CodegenError(`unexpected argument ${args.positionals[0]}\nusage: ${BREAKING_USAGE}`, {
      exitCode: 2,
    });
  }
  const config = await loadConfig(io.repoRoot);
  const acknowledgements = await loadAcknowledgements(
    io.repoRoot,
    config.breaking.acknowledgements,
  );
  const minimum = minimumOf(config);
  const files = await listSnapshots(io.repoRoot, config.breaking.snapshotsDir);
  checkPolicy(config, minimum, files);
  const baseArg = args.options.get('base');
  const bases =
    baseArg === undefined
      ? await snapshotBases(io, files, minimum)
      : [await resolveBase(io, config, minimum, baseArg)];
  if (bases.length === 0) {
    io.stderr(
      `codegen: no snapshot of an app version in ${config.breaking.snapshotsDir}; ` +
        'nothing to compare. Record one when you release: pnpm codegen snapshot <version>\n',
    );
    return 0;
  }
  const current = normalizeContract(await loadContract(io.repoRoot, config), '0.0.0');
  const report = buildReport(
    bases.map(({ label, snapshot, retired }) => ({
      base: label,
      changes: compareSnapshots(snapshot, current),
      retired,
    })),
    acknowledgements,
    minimum?.text,
  );
  io.stdout(
    args.flags.has('json')
      ? renderJson(report)
      : renderMarkdown(report, config.breaking.acknowledgements),
  );
  return blockingChanges(report).length > 0 ? 1 : 0;
});
