/**
 * Test harness: runs `snapshot` or `breaking` as the CLI would, in a fresh process, so each run
 * loads its contract into an empty Zod registry. Usage: run-command <repoRoot> <command> [...args]
 */
import { runBreaking, runSnapshot } from '../../src/breaking/cli.js';

const [repoRoot, command, ...argv] = process.argv.slice(2);
const commands = { snapshot: runSnapshot, breaking: runBreaking };
const run = commands[command as keyof typeof commands];
if (repoRoot === undefined || run === undefined) {
  process.stderr.write('usage: run-command <repoRoot> snapshot|breaking [args]\n');
  process.exit(2);
}
process.exitCode = await run(argv, {
  repoRoot,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
