import { performance } from 'node:perf_hooks';
import type { CodegenConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import { type FileSet, isCleanPath, isOwned, toFileSet } from './file-set.js';
import { loadContract } from './load-contract.js';
import type { GeneratedFile, LoadedContract, OwnedPaths, Target } from './types.js';
import { verifyFileSet } from './verify.js';

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
  /** Time spent parsing the generated Dart (the syntax gate). */
  verifyMs: number;
}

/**
 * contract -> every target -> one in-memory file set, verified. Pure with respect to the
 * working tree: it reads the contract and writes nothing, so `generate` and `--check` share it.
 */
export async function runTargets(
  repoRoot: string,
  config: CodegenConfig,
  targets: readonly Target[],
): Promise<GenerationResult> {
  const loadStart = performance.now();
  const contract = await loadContract(repoRoot, config);
  const loadMs = performance.now() - loadStart;
  const all: GeneratedFile[] = [];
  const producedBy = new Map<string, string>();
  const owned = new Map<string, OwnedPaths>();
  const reports: TargetReport[] = [];
  for (const target of targets) {
    const owns = target.owns(config);
    owned.set(target.name, owns);
    const start = performance.now();
    let files: GeneratedFile[];
    try {
      files = await target.generate({ repoRoot, config, contract });
    } catch (error) {
      if (error instanceof CodegenError) throw error;
      throw new CodegenError(`target ${target.name} failed: ${(error as Error).message}`);
    }
    for (const file of files) checkPlacement(target.name, file.path, owns, producedBy);
    all.push(...files);
    reports.push({ target: target.name, files: files.length, ms: performance.now() - start });
  }
  const fileSet = toFileSet(all);
  const verifyStart = performance.now();
  await verifyFileSet(fileSet);
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
