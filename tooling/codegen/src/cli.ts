import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CodegenError } from './errors.js';
import { REGENERATE_COMMAND } from './pipeline/header.js';
import { findRepoRoot } from './pipeline/repo-root.js';
import type { CliCommand, CliIo } from './pipeline/types.js';

export const USAGE = `Usage: ${REGENERATE_COMMAND} [command]

Commands:
  generate            generate every target from the contract and write it (default)
  --check             regenerate in memory and compare with the committed files; never writes
  watch               regenerate whenever the contract changes
  snapshot [...]      record the contract's current shape as a version snapshot
  breaking [...]      report breaking changes against the recorded snapshots
  --help              show this help

Exit codes: 0 ok, 1 drift or contract error, 2 bad usage or input.
`;

/**
 * Starts bundling the contract (esbuild, in its own process) before the command's own code
 * loads, so that the two overlap (see load-contract.ts).
 */
const startLoadingContract = async (repoRoot: string) =>
  (await import('./pipeline/load-contract.js')).startLoadingContract(repoRoot);

/** Loaded only when asked for, so generate/check do not pay for it. */
async function breakingCommand(name: 'runSnapshot' | 'runBreaking'): Promise<CliCommand> {
  const module = await import('./breaking/cli.js');
  return module[name];
}

/** Runs one CLI invocation; resolves to the exit code. Never calls process.exit itself. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command = 'generate', ...rest] = argv;
  const noArguments = (name: string) => {
    if (rest.length > 0)
      throw new CodegenError(`${name} takes no arguments (got ${rest.join(' ')})\n\n${USAGE}`, {
        exitCode: 2,
      });
  };
  try {
    switch (command) {
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      // Commands import what they need when they run: usage errors and --help stay instant,
      // without loading TypeScript, openapi-typescript and tree-sitter.
      case 'generate': {
        noArguments('generate');
        await startLoadingContract(io.repoRoot);
        const [{ runGenerate }, { targets }] = await Promise.all([
          import('./write/run-generate.js'),
          import('./targets/index.js'),
        ]);
        return await runGenerate(io, targets);
      }
      case '--check':
      case 'check': {
        noArguments('--check');
        await startLoadingContract(io.repoRoot);
        const [{ runCheck }, { targets }] = await Promise.all([
          import('./check/run-check.js'),
          import('./targets/index.js'),
        ]);
        return await runCheck(io, targets);
      }
      case 'watch': {
        noArguments('watch');
        const { startWatch } = await import('./watch/watch.js');
        const watcher = await startWatch(io, fileURLToPath(import.meta.url));
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await watcher.close();
        return 0;
      }
      case 'snapshot':
        return await (await breakingCommand('runSnapshot'))(rest, io);
      case 'breaking':
        return await (await breakingCommand('runBreaking'))(rest, io);
      default:
        io.stderr(`Unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CodegenError) {
      io.stderr(`codegen: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(
      `codegen: unexpected failure (a bug in the codegen):\n${(error as Error).stack ?? error}\n`,
    );
    return 1;
  }
}

/**
 * A run lasts seconds, and by V8's default tiering most functions that run a few thousand times
 * are compiled again by TurboFan, on helper threads that compete for the same cores: ~2 s of CPU
 * of ~9 at 200 models. A 15x higher threshold keeps TurboFan for the hot loops (200 models,
 * alternated runs: Node 20 -13 % wall, -15 % CPU; Node 22 4.13 -> 3.45 s; Node 24 4.43 -> 4.30 s,
 * where the flag works fully only on the command line: 4.08 s). On Node 20, 37x (2,500,000)
 * measured better once the run had got shorter: 200 models -0.05 to -0.13 s in three series of
 * 6-10 alternated rounds, 50 and 1000 models within noise (75x: 1000 models +0.4 s). V8 renamed
 * the knob: a budget of bytecode run up to V8 11 (Node 20), an invocation count in V8 12 and 13
 * (Node 22, 24). An unknown flag prints an error on every run and changes nothing, so other
 * versions get none.
 */
export function tierUpFlag(v8Version: string): string | undefined {
  const major = Number.parseInt(v8Version, 10);
  if (major >= 10 && major <= 11) return '--interrupt-budget=2500000';
  if (major >= 12 && major <= 13) return '--invocation-count-for-turbofan=45000';
  return undefined;
}

/**
 * The process's CLI: the repository around the working directory, the real stdout and stderr,
 * and the exit code. Run by bin/codegen.mjs (from the prebuilt dist/cli.mjs) or directly.
 */
export async function runCli(argv: string[]): Promise<void> {
  // Set before any command loads its code (V8 flags are process-wide: the workers get it too).
  // Not for `watch`: it runs the same code again and again, and the sooner that code is
  // optimised the sooner a save is regenerated (the example contract: the first edits took
  // ~2x as long as the later ones with the raised budget).
  const tierUp = argv[0] === 'watch' ? undefined : tierUpFlag(process.versions.v8);
  if (tierUp) setFlagsFromString(tierUp);
  let repoRoot: string;
  try {
    repoRoot = findRepoRoot(process.cwd());
  } catch (error) {
    process.stderr.write(`codegen: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const io: CliIo = {
    repoRoot,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  process.exitCode = await main(argv, io);
}

const isEntryPoint =
  process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntryPoint) await runCli(process.argv.slice(2));
