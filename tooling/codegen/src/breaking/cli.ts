import { access } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { type CodegenConfig, loadConfig } from '../config.js';
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
  supportedSnapshots,
  writeFileAtomic,
} from './snapshot-files.js';
import type { ContractSnapshot } from './snapshot-format.js';
import { stableJson } from './stable-json.js';
import { compareVersions, isVersion, parseVersion, requireVersion } from './version.js';

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
  const minimum = config.breaking.minimumSupportedVersion;
  if (
    minimum !== null &&
    compareVersions(version, requireVersion(minimum, 'minimumSupportedVersion')) < 0
  ) {
    io.stderr(
      `note: ${version.text} is older than breaking.minimumSupportedVersion (${minimum}), ` +
        'so `breaking` will skip it\n',
    );
  }
  return 0;
});

interface Base {
  label: string;
  snapshot: ContractSnapshot;
}

async function resolveBase(io: CliIo, config: CodegenConfig, value: string): Promise<Base> {
  if (isVersion(value)) {
    const path = `${config.breaking.snapshotsDir}/${value}.json`;
    if (await exists(join(io.repoRoot, path))) {
      return { label: value, snapshot: await readSnapshot(io.repoRoot, path) };
    }
  }
  if (value.endsWith('.json')) {
    const path = isAbsolute(value) ? relative(io.repoRoot, value) : value;
    const snapshot = await readSnapshot(io.repoRoot, path);
    return { label: snapshot.appVersion, snapshot };
  }
  // Neither a recorded version nor a file: a tag, branch or commit.
  return { label: `git ${value}`, snapshot: await snapshotAtGitRef(io.repoRoot, config, value) };
}

/** Every snapshot of an app version still supported, oldest first. */
async function supportedBases(io: CliIo, config: CodegenConfig): Promise<Base[]> {
  const { snapshotsDir, minimumSupportedVersion } = config.breaking;
  const minimum =
    minimumSupportedVersion === null ? undefined : parseVersion(minimumSupportedVersion);
  const files = supportedSnapshots(await listSnapshots(io.repoRoot, snapshotsDir), minimum);
  const bases: Base[] = [];
  for (const file of files) {
    bases.push({ label: file.version.text, snapshot: await readSnapshot(io.repoRoot, file.path) });
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
  const baseArg = args.options.get('base');
  const bases =
    baseArg === undefined
      ? await supportedBases(io, config)
      : [await resolveBase(io, config, baseArg)];
  if (bases.length === 0) {
    io.stderr(
      `codegen: no snapshot of a supported app version in ${config.breaking.snapshotsDir}; ` +
        'nothing to compare. Record one when you release: pnpm codegen snapshot <version>\n',
    );
    return 0;
  }
  const current = normalizeContract(await loadContract(io.repoRoot, config), '0.0.0');
  const report = buildReport(
    bases.map(({ label, snapshot }) => ({
      base: label,
      changes: compareSnapshots(snapshot, current),
    })),
    acknowledgements,
  );
  io.stdout(
    args.flags.has('json')
      ? renderJson(report)
      : renderMarkdown(report, config.breaking.acknowledgements),
  );
  return blockingChanges(report).length > 0 ? 1 : 0;
});
