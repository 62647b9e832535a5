import type { CliIo } from '../../src/pipeline/types.js';

/** An io for the CLI in `repoRoot` that keeps everything printed (stdout and stderr, in order). */
export function collectingIo(repoRoot: string): { io: CliIo; output: () => string } {
  let output = '';
  const collect = (text: string) => {
    output += text;
  };
  return { io: { repoRoot, stdout: collect, stderr: collect }, output: () => output };
}
