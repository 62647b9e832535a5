// The peak resident memory of a process tree (the process and every descendant, e.g. esbuild's
// service process next to the codegen's Node), sampled from /proc while it runs. Linux only:
// elsewhere the figures are NaN. Not a test.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  ms: number;
  /** Highest sum of VmRSS over the tree seen at any one sample, MB. */
  peakTreeMb: number;
  /** Highest VmHWM (the kernel's own peak) of any one process of the tree, MB. */
  peakProcessMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const kb = (status: string, field: string) =>
  Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);

/** pid -> [VmRSS kB, VmHWM kB] of `root` and its descendants, read now. */
function treeMemory(root: number): Map<number, [number, number]> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; hops++) {
      if (at === root) return true;
      at = parents.get(at);
    }
    return false;
  };
  const found = new Map<number, [number, number]>();
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      found.set(pid, [kb(status, 'VmRSS'), kb(status, 'VmHWM')]);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** Runs `command` to its end, sampling the tree's memory every `everyMs`. */
export function runMeasuringTree(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; everyMs?: number },
): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    let peakTree = Number.NaN;
    let peakProcess = Number.NaN;
    const sample = () => {
      if (child.pid === undefined || process.platform !== 'linux') return;
      try {
        const memory = treeMemory(child.pid);
        if (memory.size === 0) return;
        let sum = 0;
        for (const [rss, hwm] of memory.values()) {
          sum += rss;
          peakProcess = Number.isNaN(peakProcess) ? hwm : Math.max(peakProcess, hwm);
        }
        peakTree = Number.isNaN(peakTree) ? sum : Math.max(peakTree, sum);
      } catch {
        // /proc unreadable: stays NaN.
      }
    };
    const timer = setInterval(sample, options.everyMs ?? 25);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        ms: performance.now() - start,
        peakTreeMb: peakTree / 1024,
        peakProcessMb: peakProcess / 1024,
        status,
        stdout,
        stderr,
      });
    });
  });
}
