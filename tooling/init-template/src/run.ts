import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Identity, identityErrors } from './names.js';
import { applyChanges, type FileChange, planChanges } from './plan.js';
import {
  assertCleanGitTree,
  currentIdentity,
  InitError,
  rootScripts,
  trackedFiles,
} from './repo.js';

export interface InitOptions {
  root: string;
  /** Only the names to change; the others keep their current value. */
  requested: Partial<Identity>;
  /** Skip `pnpm install` (tests link node_modules themselves). */
  install: boolean;
  log: (line: string) => void;
}

export interface InitResult {
  from: Identity;
  to: Identity;
  changes: FileChange[];
  codegen: 'ran' | 'not-available' | 'skipped';
}

/** Extensions Biome formats; renamed names change line lengths and import order in these. */
const BIOME_FILES = /\.(?:[cm]?[jt]sx?|jsonc?)$/;

export async function initTemplate(options: InitOptions): Promise<InitResult> {
  const { root, log } = options;
  const from = await currentIdentity(root);
  const to: Identity = { ...from, ...definedOnly(options.requested) };
  const errors = identityErrors(to);
  if (errors.length > 0) throw new InitError(errors.join('\n'), 2);
  assertCleanGitTree(root);

  const changes = await planChanges(root, trackedFiles(root), { from, to });
  if (changes.length === 0) {
    log(`Nothing to change: the tree already uses ${describe(to)}.`);
    return { from, to, changes, codegen: 'skipped' };
  }
  log(`Renaming ${describe(from)}\n      -> ${describe(to)}`);
  await applyChanges(root, changes);
  log(`Rewrote ${changes.length} files.`);
  for (const change of changes) {
    if (change.newPath !== change.path) log(`  moved ${change.path} -> ${change.newPath}`);
  }

  // Biome orders imports by specifier and wraps at 100 columns: a new scope can change both.
  const biomeTargets = changes
    .map((change) => change.newPath)
    .filter((path) => BIOME_FILES.test(path));
  if (biomeTargets.length > 0) {
    run(root, join(root, 'node_modules', '.bin', 'biome'), [
      'check',
      '--write',
      '--linter-enabled=false',
      '--files-ignore-unknown=true',
      '--no-errors-on-unmatched',
      ...biomeTargets,
    ]);
  }
  // Workspace links live under node_modules/@scope: a new scope needs a fresh install before
  // anything can import the renamed packages.
  if (options.install) run(root, 'pnpm', ['install']);
  const codegen = await regenerate(root, log);
  log('Done. Review the result with `git diff`, then commit it.');
  return { from, to, changes, codegen };
}

async function regenerate(
  root: string,
  log: (line: string) => void,
): Promise<InitResult['codegen']> {
  if ((await rootScripts(root)).codegen) {
    run(root, 'pnpm', ['codegen']);
    return 'ran';
  }
  if (existsSync(join(root, 'tooling/codegen/src/cli.ts'))) {
    run(root, process.execPath, [join(root, 'tooling/codegen/bin/codegen.mjs')]);
    return 'ran';
  }
  log(
    'Codegen CLI not found (tooling/codegen/src/cli.ts); generated files were renamed but not regenerated.',
  );
  return 'not-available';
}

function run(root: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw new InitError(`cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new InitError(
      `\`${[command, ...args].join(' ')}\` failed (exit ${result.status}); the renamed files are left in place for you to inspect (git diff, or git checkout . to undo)`,
    );
  }
}

const describe = (identity: Identity) =>
  `scope ${identity.scope}, name ${identity.projectName}, Dart package ${identity.dartPackage}`;

const definedOnly = (requested: Partial<Identity>) =>
  Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined));
