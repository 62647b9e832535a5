import { performance } from 'node:perf_hooks';
import type { CodegenConfig } from '../config.js';
import type { DartSyntaxIssue } from '../dart-syntax/index.js';
import { CodegenError } from '../errors.js';
import { setReleaseWhenIdle } from './background/index.js';
import { type FileSet, isCleanPath, isOwned, toFileSet } from './file-set.js';
import { loadContract } from './load-contract.js';
import type { GeneratedFile, LoadedContract, OwnedPaths, Target } from './types.js';
import { verifyFileSet } from './verify.js';
import { isWarm } from './warm.js';

export interface TargetReport {
  target: string;
  files: number;
  ms: number;
}

export interface GenerationResult {
  contract: LoadedContract;
  files: FileSet;
  /** What each target owns: where stale and stray files are looked for. */
  owned: Map<string, OwnedPaths>;
  reports: TargetReport[];
  loadMs: number;
  /** Time spent waiting for the parse of the generated Dart (the syntax gate), if it ran. */
  verifyMs?: number;
}

export interface RunOptions {
  /**
   * Parse every generated .dart file with tree-sitter and fail with file:line:column on any
   * syntax error (default). `--check` and the tests always do; `generate` does not: the
   * parse is ~1.4 s of CPU at 200 models, a third of a run, for a gate that only a generator
   * bug can trip, and `--check` (in `pnpm test`, so in CI) still stops it before it lands.
   */
  parseDart?: boolean;
  /**
   * End each background worker as soon as it has no job left (see setReleaseWhenIdle): for a
   * one-shot run, where nothing reuses them. Default: on without the syntax gate (`generate`,
   * where each worker gets one job), off with it (`--check`, where the types worker parses Dart
   * after its own job and a restart would load TypeScript again), and always off in a watch
   * session (see warm.ts), which keeps them running, warm, for the next run.
   */
  releaseWorkers?: boolean;
}

/**
 * contract -> every target -> one in-memory file set, verified. Pure with respect to the
 * working tree: it reads the contract and writes nothing, so `generate` and `--check` share it.
 */
export async function runTargets(
  repoRoot: string,
  config: CodegenConfig,
  targets: readonly Target[],
  { parseDart = true, releaseWorkers = !parseDart && !isWarm() }: RunOptions = {},
): Promise<GenerationResult> {
  setReleaseWhenIdle(releaseWorkers);
  for (const target of targets) target.prepare?.();
  const loadStart = performance.now();
  const contract = await loadContract(repoRoot, config);
  const loadMs = performance.now() - loadStart;
  const owned = new Map<string, OwnedPaths>();
  for (const target of targets) owned.set(target.name, target.owns(config));
  // Targets run one after another on the main thread (so each one's time is its own), except
  // those with a `prepare` step: they hand their work to a worker and are awaited last, so it
  // overlaps with the others. The file set is sorted afterwards: order never shows.
  type Result = { target: Target; files: GeneratedFile[]; ms: number };
  const run = async (target: Target): Promise<Result> => {
    const start = performance.now();
    try {
      const files = await target.generate({ repoRoot, config, contract, parseDart });
      return { target, files, ms: performance.now() - start };
    } catch (error) {
      if (error instanceof CodegenError) throw error;
      throw new CodegenError(`target ${target.name} failed: ${(error as Error).message}`);
    }
  };
  const inWorkers = targets.filter((target) => target.prepare).map(run);
  // A rejection is handled by the Promise.all below; this only keeps Node from reporting it as
  // unhandled while the main-thread targets are still running.
  for (const promise of inWorkers) promise.catch(() => {});
  const onMainThread: Result[] = [];
  for (const target of targets) if (!target.prepare) onMainThread.push(await run(target));
  const finished = [...onMainThread, ...(await Promise.all(inWorkers))];
  const results = targets.map(
    (target) => finished.find((result) => result.target === target) as Result,
  );
  const all: GeneratedFile[] = [];
  const parsed = new Map<string, DartSyntaxIssue[]>();
  const producedBy = new Map<string, string>();
  const reports: TargetReport[] = [];
  for (const { target, files, ms } of results) {
    const owns = owned.get(target.name) as OwnedPaths;
    for (const file of files) checkPlacement(target.name, file.path, owns, producedBy);
    all.push(...files);
    for (const file of files) if (file.syntaxIssues) parsed.set(file.path, file.syntaxIssues);
    reports.push({ target: target.name, files: files.length, ms });
  }
  const fileSet = toFileSet(all);
  if (!parseDart) return { contract, files: fileSet, owned, reports, loadMs };
  const verifyStart = performance.now();
  await verifyFileSet(fileSet, parsed);
  const verifyMs = performance.now() - verifyStart;
  return { contract, files: fileSet, owned, reports, loadMs, verifyMs };
}

function checkPlacement(
  target: string,
  path: string,
  owns: OwnedPaths,
  producedBy: Map<string, string>,
): void {
  // These are generator bugs, but they would let `generate` delete or overwrite hand-written
  // files, so they stop the run before anything is written.
  if (!isCleanPath(path)) {
    throw new CodegenError(`target ${target} produced an invalid path`, { file: path });
  }
  if (!isOwned(path, owns)) {
    throw new CodegenError(`target ${target} produced a file outside the paths it owns`, {
      file: path,
    });
  }
  const other = producedBy.get(path);
  if (other !== undefined) {
    throw new CodegenError(`produced by both target ${other} and target ${target}`, {
      file: path,
    });
  }
  producedBy.set(path, target);
}
