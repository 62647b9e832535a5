// Benchmark (not a test): the codegen CLI on synthetic contracts of 50, 200 and 1000 models,
// next to the quicktype CLI (Dart) and the openapi-typescript CLI on the same schemas, in the
// same run. Every timing is wall time of a fresh process, startup included, for all three, with
// the CPU time it used next to it (wall time on a shared machine also measures the neighbours).
// The two libraries are also run together in one process (libraries-in-process.mjs): what
// running both at once gains by itself, next to what the whole codegen does.
// Run: pnpm --filter @acme/bench codegen [-- 50 200]
// Only the watch latencies (issue 20, goal 3), without the one-shot runs and libraries next to
// them: BENCH_WATCH_ONLY=1 pnpm --filter @acme/bench codegen -- 200
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasuringTree } from './peak-rss.js';
import { benchIndexSource, syntheticContractSource } from './synthetic-contract.js';
import { measureWatchLatency, percentile } from './watch-latency.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(REPO, 'bench', 'node_modules', '.bin');
/** What `pnpm codegen` runs: the prebuilt CLI (rebuilt first when its sources changed). */
const CODEGEN_BIN = join(REPO, 'tooling', 'codegen', 'bin', 'codegen.mjs');
const LIBRARIES_SCRIPT = join(REPO, 'bench', 'codegen', 'libraries-in-process.mjs');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
/**
 * Where the contract sources come from (default: this repo's). Set BENCH_CONTRACT_SRC to a
 * patched copy of packages/contract/src to measure a contract-side change against the same
 * synthetic models.
 */
const CONTRACT_SRC = process.env.BENCH_CONTRACT_SRC ?? join(REPO, 'packages', 'contract', 'src');
const GOAL_SECONDS_AT_200 = 3;
const GOAL_RATIO = 0.5;
const GOAL_CACHED_CHECK_SECONDS = 1;
/** Issue 20, goal 3: save -> every target rewritten, with `pnpm codegen watch` running. */
const GOAL_WATCH_P50_MS = 300;
const GOAL_WATCH_P95_MS = 600;
const GOAL_WATCH_AT_200_MS = 1500;
const WATCH_EDITS = Number(process.env.BENCH_WATCH_EDITS ?? 20);
const WATCH_EDITS_AT_200 = Number(process.env.BENCH_WATCH_EDITS_200 ?? 10);
/** Skips everything but the watch latencies: they take a minute, the rest several. */
const WATCH_ONLY = process.env.BENCH_WATCH_ONLY === '1';
/** Peak RSS of a full generate's process tree, MB, by model count (issue 20, goal 4). */
const GOAL_PEAK_RSS_MB: Record<number, number> = { 200: 250, 1000: 600 };

/**
 * CPU time (user + system, all threads) of this process's finished children, in ms, or NaN off
 * Linux. On a shared 2-core machine wall time swings with other people's load; CPU time says
 * how much work a run did, so both are printed.
 */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs a command to its end: wall time, CPU time, and the peak resident memory of its process
 * tree (the command and every process it starts, e.g. esbuild's service next to the codegen's
 * Node), sampled from /proc (see peak-rss.ts).
 */
async function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<Timing & { stdout: string }> {
  const cpuBefore = childrenCpuMs();
  const result = await runMeasuringTree(command, args, { cwd });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
  }
  return {
    ms: result.ms,
    cpuMs: childrenCpuMs() - cpuBefore,
    peakMb: result.peakTreeMb,
    stdout: result.stdout,
  };
}
const timed = (command: string, args: string[], cwd: string) => run(command, args, cwd);

/** A repository holding the real contract plus `count` synthetic models as its route table. */
async function benchRepo(count: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `codegen-bench-${count}-`));
  const contract = join(root, 'packages', 'contract');
  await cp(CONTRACT_SRC, join(contract, 'src'), { recursive: true });
  await cp(join(REPO, 'packages', 'contract', 'package.json'), join(contract, 'package.json'));
  await symlink(join(REPO, 'packages', 'contract', 'node_modules'), join(contract, 'node_modules'));
  await writeFile(join(contract, 'src', 'synthetic.ts'), syntheticContractSource(count));
  await writeFile(join(contract, 'src', 'bench-index.ts'), benchIndexSource);
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  const config = JSON.parse(await readFile(join(REPO, 'codegen.config.json'), 'utf8'));
  config.contract = 'packages/contract/src/bench-index.ts';
  await writeFile(join(root, 'codegen.config.json'), JSON.stringify(config, null, 2));
  return root;
}

/** The document's components as one JSON Schema: every model a definition, all reachable. */
function quicktypeSchema(openapi: { components: { schemas: Record<string, unknown> } }) {
  const names = Object.keys(openapi.components.schemas);
  const text = JSON.stringify(openapi.components.schemas).replaceAll(
    '#/components/schemas/',
    '#/definitions/',
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { $ref: `#/definitions/${name}` }])),
    definitions: JSON.parse(text),
  };
}

/** Wall and CPU milliseconds of one process, and its process tree's peak RSS in MB. */
interface Timing {
  ms: number;
  cpuMs: number;
  peakMb: number;
}

interface Row {
  models: number;
  components: number;
  files: number;
  generate: Timing;
  check: Timing;
  quicktype: Timing;
  openapiTs: Timing;
  /** Both reference libraries in one process, two threads, nothing else (see the script). */
  libraries: Timing;
}

/** The watch latency at 200 models alone: one (unmeasured) generate to start from, then edits. */
async function measureWatchOnly(count: number): Promise<void> {
  if (count !== 200 || WATCH_EDITS_AT_200 <= 0) return;
  const root = await benchRepo(count);
  try {
    await run(process.execPath, [CODEGEN_BIN], root);
    watchRows.push(await watchOnSynthetic(root));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function measure(count: number): Promise<Row> {
  const root = await benchRepo(count);
  try {
    const codegen = async (...args: string[]) =>
      await run(process.execPath, [CODEGEN_BIN, ...args], root);
    // Not measured: builds the CLI bundle if stale, warms tsx's transform cache (the contract)
    // and the OS file cache. Nothing is cached between runs by the codegen itself, so the
    // measured generate below is a cold, full generation.
    await codegen();
    await rm(join(root, 'packages', 'dart_client'), { recursive: true, force: true });
    await rm(join(root, 'packages', 'client-ts'), { recursive: true, force: true });
    const generated = await codegen();
    // The CLI's own per-step lines: where the time of a full generate goes.
    process.stdout.write(`${generated.stdout.trimEnd().replace(/^/gm, '    ')}\n`);
    const generate = generated;
    const check = await codegen('--check');
    const openapiPath = join(root, 'packages', 'contract', 'openapi.json');
    const openapi = JSON.parse(await readFile(openapiPath, 'utf8'));
    const out = join(root, 'bench-out');
    await mkdir(out, { recursive: true });
    const schemaPath = join(out, 'all-models.schema.json');
    await writeFile(schemaPath, JSON.stringify(quicktypeSchema(openapi)));
    const quicktype = await timed(
      join(BIN, 'quicktype'),
      [
        '--lang',
        'dart',
        '--src-lang',
        'schema',
        '--top-level',
        'AllModels',
        '-o',
        join(out, 'models.dart'),
        schemaPath,
      ],
      root,
    );
    const openapiTs = await timed(
      join(BIN, 'openapi-typescript'),
      [openapiPath, '-o', join(out, 'openapi.ts'), '--default-non-nullable', 'false'],
      root,
    );
    const libraries = await timed(
      process.execPath,
      [LIBRARIES_SCRIPT, schemaPath, openapiPath],
      root,
    );
    // A run that produced nothing must not pass for a fast one.
    for (const produced of [
      /^quicktype-core: [1-9]\d* lines/m,
      /^openapi-typescript: [1-9]\d* char/m,
    ]) {
      if (!produced.test(libraries.stdout)) {
        throw new Error(
          `libraries-in-process.mjs printed no ${produced.source}:\n${libraries.stdout}`,
        );
      }
    }
    const files =
      spawnSync('find', ['packages/dart_client', 'packages/client-ts', '-type', 'f'], {
        cwd: root,
        encoding: 'utf8',
      })
        .stdout.trim()
        .split('\n').length + 1;
    const components = Object.keys(openapi.components.schemas).length;
    if (count === 200 && WATCH_EDITS_AT_200 > 0) watchRows.push(await watchOnSynthetic(root));
    return { models: count, components, files, generate, check, quicktype, openapiTs, libraries };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * `pnpm codegen:check` as CI runs it, when nothing it depends on changed: turbo replays the
 * cached result. Run once to fill the cache (not measured), then timed.
 */
function turboCachedCheck(): Timing {
  const turbo = join(REPO, 'node_modules', '.bin', 'turbo');
  const args = ['run', 'codegen:check', '--filter=@acme/codegen', '--output-logs=none'];
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
  spawnSync(turbo, args, { cwd: REPO, env, encoding: 'utf8' });
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(turbo, args, { cwd: REPO, env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`turbo codegen:check failed\n${result.stderr}`);
  return { ms, cpuMs: childrenCpuMs() - cpuBefore, peakMb: Number.NaN };
}

/**
 * A copy of this repository's contract and generated output (what `pnpm codegen watch` reads
 * and writes), node_modules linked: the example contract, edited without touching the checkout.
 */
async function exampleRepo(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'codegen-bench-example-'));
  const config = JSON.parse(await readFile(join(REPO, 'codegen.config.json'), 'utf8'));
  const copied = [
    'codegen.config.json',
    'pnpm-workspace.yaml',
    'packages/contract',
    config.typescript.outDir,
    config.dart.packageDir,
  ];
  for (const path of copied) {
    await cp(join(REPO, path), join(root, path), {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|\.dart_tool|build|\.turbo)$/.test(source),
    });
  }
  await symlink(
    join(REPO, 'packages', 'contract', 'node_modules'),
    join(root, 'packages', 'contract', 'node_modules'),
  );
  return root;
}

interface WatchRow {
  contract: string;
  latencies: number[];
}

/** 20 edits of the example contract's Task model, each adding a field every target shows. */
async function watchOnExample(): Promise<WatchRow> {
  const root = await exampleRepo();
  try {
    const latencies = await measureWatchLatency({
      root,
      cli: CODEGEN_BIN,
      file: 'packages/contract/src/models/task.ts',
      anchor: 'title: z.string().min(1).max(200),',
      outputs: [
        'packages/contract/openapi.json',
        'packages/client-ts/src/generated/openapi.ts',
        'packages/dart_client/lib/src/models/task.dart',
        'packages/dart_client/test/vectors/task.json',
      ],
      edits: WATCH_EDITS,
    });
    return { contract: 'example', latencies };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Edits of one synthetic model (M0100) in the 200-model repository. */
async function watchOnSynthetic(root: string): Promise<WatchRow> {
  const latencies = await measureWatchLatency({
    root,
    cli: CODEGEN_BIN,
    file: 'packages/contract/src/synthetic.ts',
    anchor: 'export const M0100 = z.object({ id: z.uuid(),',
    outputs: [
      'packages/contract/openapi.json',
      'packages/client-ts/src/generated/openapi.ts',
      'packages/dart_client/lib/src/models/m0100.dart',
      'packages/dart_client/test/vectors/m0100.json',
    ],
    edits: WATCH_EDITS_AT_200,
    // Where each edit's time went, by step (the watcher's own lines), when measured alone.
    onRunOutput: WATCH_ONLY ? (text) => process.stdout.write(stepsOf(text)) : undefined,
    onStartOutput: WATCH_ONLY ? (text) => process.stdout.write(stepsOf(text)) : undefined,
  });
  return { contract: '200 models', latencies };
}

/**
 * The per-step lines of one watch run, on one line: `vectors 246 files 312 ms | ...`, and the
 * watcher's warm-up line, if any.
 */
const stepsOf = (text: string) =>
  `    ${text
    .split('\n')
    .filter(
      (line) =>
        (/^\S+\s+.*\d+ ms$/.test(line) && !line.startsWith('codegen')) ||
        line.startsWith('codegen watch: warm'),
    )
    .map((line) => line.replace(/\s+/g, ' '))
    .join(' | ')}\n`;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Wall time, then CPU time in parentheses. */
const w = (timing: Timing) => `${s(timing.ms)} (${s(timing.cpuMs)})`;
const rows: Row[] = [];
const watchRows: WatchRow[] = [];
console.log(`contract sources: ${CONTRACT_SRC}`);
const loadAtStart = (await import('node:os')).loadavg().map((l) => l.toFixed(1));
for (const count of SIZES.length > 0 ? SIZES : [50, 200, 1000]) {
  process.stdout.write(`measuring ${count} models...\n`);
  if (WATCH_ONLY) await measureWatchOnly(count);
  else rows.push(await measure(count));
}
if (!WATCH_ONLY) printOneShotRows();
function printOneShotRows(): void {
  console.log(
    '\nwall time (CPU time of all threads)\nmodels  components  files    codegen generate     codegen --check    quicktype (dart)  openapi-typescript   both libraries, one process  ratio generate/(quicktype+openapi-ts) wall, CPU  ratio libraries/(same)',
  );
  const ratioOf = (row: Row, key: 'ms' | 'cpuMs', subject: 'generate' | 'libraries' = 'generate') =>
    row[subject][key] / (row.quicktype[key] + row.openapiTs[key]);
  for (const row of rows) {
    console.log(
      [
        String(row.models).padStart(6),
        String(row.components).padStart(10),
        String(row.files).padStart(6),
        w(row.generate).padStart(18),
        w(row.check).padStart(18),
        w(row.quicktype).padStart(18),
        w(row.openapiTs).padStart(18),
        w(row.libraries).padStart(28),
        `${ratioOf(row, 'ms').toFixed(2)}, ${ratioOf(row, 'cpuMs').toFixed(2)}`.padStart(12),
        `${ratioOf(row, 'ms', 'libraries').toFixed(2)}, ${ratioOf(row, 'cpuMs', 'libraries').toFixed(2)}`.padStart(
          24,
        ),
      ].join('  '),
    );
  }
  const at200 = rows.find((row) => row.models === 200);
  if (at200) {
    const ratio = ratioOf(at200, 'ms');
    console.log(
      `\ngoals at 200 models: full generate ${s(at200.generate.ms)} (goal <= ${GOAL_SECONDS_AT_200} s: ${at200.generate.ms <= GOAL_SECONDS_AT_200 * 1000 ? 'met' : 'NOT met'}), ratio ${ratio.toFixed(2)} (goal <= ${GOAL_RATIO}: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'})`,
    );
    // What the goal is up against: the two libraries alone, both at once, no codegen around them.
    console.log(
      `the two libraries alone in one process (two threads, public entry points, nothing else): ratio ${ratioOf(at200, 'ms', 'libraries').toFixed(2)}`,
    );
  }
  console.log(
    '\npeak RSS of the process tree (the command and every process it starts, /proc sampled every 25 ms)',
  );
  for (const row of rows) {
    const goal = GOAL_PEAK_RSS_MB[row.models];
    const verdict =
      goal === undefined
        ? ''
        : ` (goal <= ${goal} MB: ${row.generate.peakMb <= goal ? 'met' : 'NOT met'})`;
    const mb = (timing: Timing) => `${timing.peakMb.toFixed(0)} MB`;
    console.log(
      `${String(row.models).padStart(6)} models: codegen generate ${mb(row.generate)}${verdict}; --check ${mb(row.check)}; quicktype CLI ${mb(row.quicktype)}, openapi-typescript CLI ${mb(row.openapiTs)}`,
    );
  }
}
if (WATCH_EDITS > 0) watchRows.unshift(await watchOnExample());
console.log(
  '\nedit -> regenerated with `pnpm codegen watch` running (save of a contract file to the watcher reporting every target written, each edit checked on disk)',
);
for (const row of watchRows) {
  const p50 = percentile(row.latencies, 50);
  const p95 = percentile(row.latencies, 95);
  const goals =
    row.contract === 'example'
      ? `goal p50 <= ${GOAL_WATCH_P50_MS} ms: ${p50 <= GOAL_WATCH_P50_MS ? 'met' : 'NOT met'}, p95 <= ${GOAL_WATCH_P95_MS} ms: ${p95 <= GOAL_WATCH_P95_MS ? 'met' : 'NOT met'}`
      : `goal <= ${GOAL_WATCH_AT_200_MS} ms: ${Math.max(...row.latencies) <= GOAL_WATCH_AT_200_MS ? 'met' : p50 <= GOAL_WATCH_AT_200_MS ? 'met at p50, not every edit' : 'NOT met'}`;
  console.log(
    `${row.contract.padStart(10)}: ${row.latencies.length} edits, p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...row.latencies).toFixed(0)} ms (${goals}); each: ${row.latencies.map((ms) => ms.toFixed(0)).join(' ')}`,
  );
}
if (!WATCH_ONLY) {
  const cached = turboCachedCheck();
  console.log(
    `turbo-cached codegen:check of this repository: ${w(cached)} (goal <= ${GOAL_CACHED_CHECK_SECONDS} s: ${cached.ms <= GOAL_CACHED_CHECK_SECONDS * 1000 ? 'met' : 'NOT met'})`,
  );
}
console.log(
  `load average at the start: ${loadAtStart.join(' ')}; at the end: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${(await import('node:os')).availableParallelism()} cores)`,
);
