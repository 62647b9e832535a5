import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dartTarget, readRepoFile, repoPath } from './paths.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  defaults?: { run?: { 'working-directory'?: string } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = parse(readRepoFile('.github/workflows/ci.yml')) as Workflow;

const job = (id: string): Job => {
  const found = workflow.jobs[id];
  if (!found) throw new Error(`.github/workflows/ci.yml has no "${id}" job`);
  return found;
};
const runs = (id: string) => job(id).steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
const action = (id: string, name: string) =>
  job(id).steps.find((step) => step.uses?.split('@')[0] === name);
const workingDirectory = (id: string) => job(id).defaults?.run?.['working-directory'];

/** The test command of the README's quick start (`pnpm test...   # ...`). */
function readmeTestCommand(): string {
  const command = readRepoFile('README.md')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .find((line) => /^pnpm test\S*$/.test(line));
  if (!command) throw new Error('README.md names no `pnpm test...` command in a code block');
  return command;
}

describe('.github/workflows/ci.yml', () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('has the Node, Dart and Flutter jobs', () => {
    expect(Object.keys(workflow.jobs)).toEqual(expect.arrayContaining(['node', 'dart', 'flutter']));
    for (const id of ['node', 'dart', 'flutter']) expect(job(id)['runs-on']).toMatch(/^ubuntu-/);
  });

  describe('node job', () => {
    it('uses the pnpm of packageManager and the Node of .nvmrc', () => {
      const pnpm = action('node', 'pnpm/action-setup');
      expect(pnpm, 'pnpm/action-setup step').toBeDefined();
      // A version here would have to agree with package.json; none lets pnpm read it from there.
      expect(pnpm?.with?.version).toBeUndefined();
      expect(JSON.parse(readRepoFile('package.json')).packageManager).toMatch(/^pnpm@10\./);
      const node = action('node', 'actions/setup-node');
      expect(node?.with?.['node-version-file']).toBe('.nvmrc');
      expect(readRepoFile('.nvmrc').trim()).toBe('20');
    });

    it('installs from the lockfile, then runs the README test command', () => {
      const commands = runs('node');
      const install = commands.indexOf('pnpm install --frozen-lockfile');
      const test = commands.indexOf(readmeTestCommand());
      expect(install, 'pnpm install --frozen-lockfile step').toBeGreaterThanOrEqual(0);
      expect(test, `"${readmeTestCommand()}" step`).toBeGreaterThan(install);
    });
  });

  describe('node-versions job', () => {
    it('runs the codegen check, the codegen and the API tests on the other current Node lines', () => {
      const matrix = (job('node-versions') as Job & { strategy?: { matrix?: { node?: number[] } } })
        .strategy?.matrix?.node;
      expect(matrix).toEqual([22, 24]);
      expect(JSON.parse(readRepoFile('package.json')).engines.node).toMatch(/^>=20\b/);
      const node = action('node-versions', 'actions/setup-node');
      expect(node?.with?.['node-version']).toMatch(/^\$\{\{ *matrix\.node *\}\}$/);
      const commands = runs('node-versions');
      const install = commands.indexOf('pnpm install --frozen-lockfile');
      expect(install).toBeGreaterThanOrEqual(0);
      const check = commands.findIndex((command) =>
        command.includes('node tooling/codegen/bin/codegen.mjs --check 2> codegen.stderr'),
      );
      expect(check).toBeGreaterThan(install);
      expect(commands[check]).toContain('[ -s codegen.stderr ]');
      expect(commands).toContain('pnpm --filter @acme/codegen test');
      expect(commands).toContain('pnpm --filter @acme/api test');
    });
  });

  describe('dart job', () => {
    it('works in the generated package named by codegen.config.json', () => {
      const { packageDir } = dartTarget();
      expect(workingDirectory('dart')).toBe(packageDir);
      expect(action('dart', 'dart-lang/setup-dart')).toBeDefined();
    });

    it('resolves, analyzes (infos, warnings and errors all fatal) and tests the package', () => {
      expect(runs('dart')).toEqual(['dart pub get', 'dart analyze --fatal-infos', 'dart test']);
    });

    it('does not gate the format of generated files nobody could format here', () => {
      for (const command of runs('dart')) {
        expect(command).not.toContain('--set-exit-if-changed');
      }
    });
  });

  describe('flutter job', () => {
    it('works in the example app', () => {
      expect(workingDirectory('flutter')).toBe('apps/mobile');
      expect(existsSync(repoPath('apps/mobile/pubspec.yaml'))).toBe(true);
      const flutter = action('flutter', 'subosito/flutter-action');
      expect(flutter?.with?.channel).toBe('stable');
      // The formatter's style follows the SDK version: pinned so the format gate is stable.
      expect(flutter?.with?.['flutter-version']).toMatch(/^3\.\d+\.(x|\d+)$/);
    });

    it('analyzes, checks the format of hand-written code, and runs widget tests', () => {
      expect(runs('flutter')).toEqual([
        'flutter pub get',
        'flutter analyze --fatal-infos',
        'dart format --output=none --set-exit-if-changed lib test',
        'flutter test',
      ]);
    });
  });
});
