// Benchmark (not a test): the codegen CLI on synthetic contracts of 50, 200 and 1000 models,
// next to the quicktype CLI (Dart) and the openapi-typescript CLI on the same schemas, in the
// same run. Every timing is wall time of a fresh process, startup included, for all three.
// Run: pnpm --filter @acme/bench codegen [-- 50 200]
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchIndexSource, syntheticContractSource } from './synthetic-contract.js';

const require = createRequire(import.meta.url);
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(REPO, 'bench', 'node_modules', '.bin');
const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
const CODEGEN_CLI = join(REPO, 'tooling', 'codegen', 'src', 'cli.ts');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
/**
 * Where the contract sources come from (default: this repo's). Set BENCH_CONTRACT_SRC to a
 * patched copy of packages/contract/src to measure a contract-side change against the same
 * synthetic models.
 */
const CONTRACT_SRC = process.env.BENCH_CONTRACT_SRC ?? join(REPO, 'packages', 'contract', 'src');
const GOAL_SECONDS_AT_200 = 3;
const GOAL_RATIO = 0.5;

function run(command: string, args: string[], cwd: string): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
  }
  return { ms, stdout: result.stdout };
}
const timed = (command: string, args: string[], cwd: string) => run(command, args, cwd).ms;

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

interface Row {
  models: number;
  components: number;
  files: number;
  generate: number;
  check: number;
  quicktype: number;
  openapiTs: number;
}

async function measure(count: number): Promise<Row> {
  const root = await benchRepo(count);
  try {
    const codegen = (...args: string[]) =>
      run(process.execPath, [TSX_CLI, CODEGEN_CLI, ...args], root);
    codegen(); // warm tsx's transform cache and the OS file cache; not measured
    await rm(join(root, 'packages', 'dart_client'), { recursive: true, force: true });
    await rm(join(root, 'packages', 'client-ts'), { recursive: true, force: true });
    const generated = codegen();
    // The CLI's own per-step lines: where the time of a full generate goes.
    process.stdout.write(`${generated.stdout.trimEnd().replace(/^/gm, '    ')}\n`);
    const generate = generated.ms;
    const check = codegen('--check').ms;
    const openapiPath = join(root, 'packages', 'contract', 'openapi.json');
    const openapi = JSON.parse(await readFile(openapiPath, 'utf8'));
    const out = join(root, 'bench-out');
    await mkdir(out, { recursive: true });
    const schemaPath = join(out, 'all-models.schema.json');
    await writeFile(schemaPath, JSON.stringify(quicktypeSchema(openapi)));
    const quicktype = timed(
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
    const openapiTs = timed(
      join(BIN, 'openapi-typescript'),
      [openapiPath, '-o', join(out, 'openapi.ts'), '--default-non-nullable', 'false'],
      root,
    );
    const files =
      spawnSync('find', ['packages/dart_client', 'packages/client-ts', '-type', 'f'], {
        cwd: root,
        encoding: 'utf8',
      })
        .stdout.trim()
        .split('\n').length + 1;
    const components = Object.keys(openapi.components.schemas).length;
    return { models: count, components, files, generate, check, quicktype, openapiTs };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: Row[] = [];
console.log(`contract sources: ${CONTRACT_SRC}`);
for (const count of SIZES.length > 0 ? SIZES : [50, 200, 1000]) {
  process.stdout.write(`measuring ${count} models...\n`);
  rows.push(await measure(count));
}
console.log(
  '\nmodels  components  files  codegen generate  codegen --check  quicktype (dart)  openapi-typescript  ratio generate/(quicktype+openapi-ts)',
);
for (const row of rows) {
  const ratio = row.generate / (row.quicktype + row.openapiTs);
  console.log(
    [
      String(row.models).padStart(6),
      String(row.components).padStart(10),
      String(row.files).padStart(6),
      s(row.generate).padStart(16),
      s(row.check).padStart(16),
      s(row.quicktype).padStart(17),
      s(row.openapiTs).padStart(19),
      ratio.toFixed(2).padStart(8),
    ].join('  '),
  );
}
const at200 = rows.find((row) => row.models === 200);
if (at200) {
  const ratio = at200.generate / (at200.quicktype + at200.openapiTs);
  console.log(
    `\ngoals at 200 models: full generate ${s(at200.generate)} (goal <= ${GOAL_SECONDS_AT_200} s: ${at200.generate <= GOAL_SECONDS_AT_200 * 1000 ? 'met' : 'NOT met'}), ratio ${ratio.toFixed(2)} (goal <= ${GOAL_RATIO}: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'})`,
  );
}
console.log(
  `load average at the end: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
