// What bench/api's scripts share: servers in child processes, one autocannon measurement with
// the server's CPU time, and pairs of cases alternated round after round.
//
// Why pairs alternate: this is a shared 2-core machine where other jobs come and go. A ratio
// taken from two measurements seconds apart is only as good as the load staying put between
// them, so each pair is measured many times, briefly, in alternating order (reference first in
// even rounds, subject first in odd ones: a load that rises or falls through a round favours
// neither side), and the median of the per-round ratios is reported.
//
// Why CPU time too: req/s is what the goals are about, but on a loaded machine it also measures
// how much of a core the server was given. The server child's own CPU time (utime + stime of
// /proc/<pid>/stat, all its threads) divided by the requests it answered is what one request
// costs, and is much less sensitive to that load; its ratio (reference us / subject us) is
// printed next to the req/s ratio.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

export interface Server {
  url: string;
  child: ChildProcess;
}

const servers: Server[] = [];
export const stopAll = () => {
  for (const server of servers) server.child.kill('SIGTERM');
};
process.on('exit', stopAll);

/** Starts `servers/<script>` with tsx in a child process; resolves when it says its port. */
export function startServer(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Server> {
  const file = fileURLToPath(new URL(`./servers/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s`)), 120_000);
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before listening`)),
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      clearTimeout(timer);
      const { port } = JSON.parse(line) as { port: number };
      const server = { url: `http://127.0.0.1:${port}`, child };
      servers.push(server);
      resolve(server);
    });
  });
}

export interface Case {
  name: string;
  server: Server;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  /** Request headers besides the content type of a body. */
  headers?: Record<string, string>;
  expectStatus: number;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system, every thread) a process has used so far; NaN off Linux. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

export interface Measurement {
  /** Requests per second over the measurement's real duration. */
  rate: number;
  /** Server CPU time per request, in microseconds. */
  cpuUs: number;
  /** Share of one core the server used (about 1 when it was the bottleneck). */
  busy: number;
}

/** One autocannon run of a case; a warm-up (check false) may see no request on a loaded machine. */
export async function measure(
  c: Case,
  seconds: number,
  check = true,
  rate?: number,
): Promise<Measurement> {
  const pid = c.server.child.pid;
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({
    url: `${c.server.url}${c.path}`,
    method: c.method ?? 'GET',
    connections: CONNECTIONS,
    duration: seconds,
    // A fixed offered load (req/s over all connections) instead of as fast as it goes.
    ...(rate ? { overallRate: rate } : {}),
    ...requestOptions(c),
  });
  const cpu = cpuSeconds(pid) - cpuBefore;
  // A benchmark of error responses measures nothing: refuse it loudly.
  const failed = result.errors + result.timeouts + result.non2xx;
  const total = result.requests.total;
  if (failed > 0 || (check && total === 0)) {
    throw new Error(`${c.name}: ${failed} failed requests of ${total}`);
  }
  // requests.average is a mean of whole-second samples: with short runs, count instead.
  const elapsed = result.duration > 0 ? result.duration : seconds;
  return { rate: total / elapsed, cpuUs: (cpu * 1e6) / total, busy: cpu / elapsed };
}

/** A case's body and headers, as autocannon and fetch both take them. */
function requestOptions(c: Case): { body?: string; headers?: Record<string, string> } {
  const headers = { ...(c.body ? { 'content-type': 'application/json' } : {}), ...c.headers };
  return {
    ...(c.body ? { body: c.body } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}

/** Fails unless the case answers with its expected status (before anything is measured). */
export async function probe(c: Case): Promise<void> {
  const response = await fetch(`${c.server.url}${c.path}`, {
    method: c.method ?? 'GET',
    ...requestOptions(c),
  });
  if (response.status !== c.expectStatus) {
    throw new Error(
      `${c.name}: expected ${c.expectStatus}, got ${response.status}: ${await response.text()}`,
    );
  }
  await response.arrayBuffer();
}

/** Fails unless two cases answer with the same body, byte for byte. */
export async function checkSameBody(a: Case, b: Case): Promise<void> {
  const body = async (c: Case) =>
    Buffer.from(
      await (
        await fetch(`${c.server.url}${c.path}`, { method: c.method ?? 'GET', ...requestOptions(c) })
      ).arrayBuffer(),
    );
  const [left, right] = await Promise.all([body(a), body(b)]);
  if (!left.equals(right)) {
    throw new Error(
      `${a.name} and ${b.name} send different bodies (${left.length} and ${right.length} bytes)`,
    );
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface Pair {
  subject: Case;
  reference: Case;
  /** The ratio the pair must reach. */
  goal?: number;
  /** A higher ratio we aim at, reported beside the goal. */
  aim?: number;
}

export interface PairResult extends Pair {
  subjects: Measurement[];
  references: Measurement[];
  /** subject req/s / reference req/s, one per round. */
  ratios: number[];
  /** reference us per request / subject us per request, one per round. */
  cpuRatios: number[];
}

export interface PairOptions {
  rounds: number;
  seconds: number;
  /** Warm-up of every distinct case once, before the first round. */
  warmupSeconds: number;
  /**
   * Offered req/s instead of saturation: both sides then run the same batching regime, which
   * makes CPU per request comparable for an A/B even when the machine is loaded.
   */
  rate?: number;
}

/**
 * Measures every pair `rounds` times, each round visiting every pair once with the reference
 * first in even rounds and the subject first in odd ones.
 */
export async function runPairs(pairs: Pair[], options: PairOptions): Promise<PairResult[]> {
  const distinct = [...new Set(pairs.flatMap((pair) => [pair.reference, pair.subject]))];
  if (options.warmupSeconds > 0) {
    for (const c of distinct) await measure(c, options.warmupSeconds, false);
  }
  const results: PairResult[] = pairs.map((pair) => ({
    ...pair,
    subjects: [],
    references: [],
    ratios: [],
    cpuRatios: [],
  }));
  for (let round = 0; round < options.rounds; round++) {
    for (const row of results) {
      let reference: Measurement;
      let subject: Measurement;
      if (round % 2 === 0) {
        reference = await measure(row.reference, options.seconds, true, options.rate);
        subject = await measure(row.subject, options.seconds, true, options.rate);
      } else {
        subject = await measure(row.subject, options.seconds, true, options.rate);
        reference = await measure(row.reference, options.seconds, true, options.rate);
      }
      row.subjects.push(subject);
      row.references.push(reference);
      row.ratios.push(subject.rate / reference.rate);
      row.cpuRatios.push(reference.cpuUs / subject.cpuUs);
    }
  }
  return results;
}

const fixed = (value: number, digits: number, width: number) =>
  (Number.isFinite(value) ? value.toFixed(digits) : '-').padStart(width);

/** One line per pair: medians of req/s, of the ratios (with their range) and of CPU per request. */
export function report(results: PairResult[]): void {
  const nameWidth = Math.max(...results.map((row) => row.subject.name.length));
  const refWidth = Math.max(...results.map((row) => row.reference.name.length));
  console.log(
    `${'subject'.padEnd(nameWidth)}   req/s  us/req  busy | ${'reference'.padEnd(refWidth)}   ` +
      'req/s  us/req  busy | ratio (min-max)  cpu ratio',
  );
  for (const row of results) {
    const ratio = median(row.ratios);
    const verdict =
      row.goal === undefined
        ? ''
        : ratio >= row.goal
          ? `  goal >= ${row.goal}: met`
          : `  goal >= ${row.goal}: MISSED by ${(row.goal - ratio).toFixed(2)}`;
    const aim =
      row.aim === undefined
        ? ''
        : ratio >= row.aim
          ? ` (aim ${row.aim}: reached)`
          : ` (aim ${row.aim}: short by ${(row.aim - ratio).toFixed(2)})`;
    const s = (key: keyof Measurement, list: Measurement[]) => median(list.map((m) => m[key]));
    console.log(
      `${row.subject.name.padEnd(nameWidth)} ${fixed(s('rate', row.subjects), 0, 7)} ` +
        `${fixed(s('cpuUs', row.subjects), 1, 7)} ${fixed(s('busy', row.subjects), 2, 5)} | ` +
        `${row.reference.name.padEnd(refWidth)} ${fixed(s('rate', row.references), 0, 7)} ` +
        `${fixed(s('cpuUs', row.references), 1, 7)} ${fixed(s('busy', row.references), 2, 5)} | ` +
        `${ratio.toFixed(2)} (${Math.min(...row.ratios).toFixed(2)}-` +
        `${Math.max(...row.ratios).toFixed(2)})  ${fixed(median(row.cpuRatios), 2, 9)}${verdict}${aim}`,
    );
  }
}

export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
