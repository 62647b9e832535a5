import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatch } from '../../src/watch/watch.js';
import { REPO_ROOT, tempRepo } from '../helpers/temp-repo.js';

const CLI = join(REPO_ROOT, 'tooling/codegen/src/cli.ts');

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('pnpm codegen watch', () => {
  it('regenerates in a fresh process when the contract changes', { timeout: 180_000 }, async () => {
    const repo = await tempRepo();
    let output = '';
    const io = {
      repoRoot: repo.root,
      stdout: (text: string) => {
        output += text;
      },
      stderr: (text: string) => {
        output += text;
      },
    };
    const runs = () => output.split('codegen watch: up to date').length - 1;
    const watcher = await startWatch(io, CLI);
    try {
      await until(() => runs() === 1, 90_000);
      expect(output).toContain('0 written');
      // Two saves in quick succession: debounced into one run.
      await repo.edit('packages/contract/src/models/user.ts', 'displayName:', 'fullName:');
      await repo.edit('packages/contract/src/models/user.ts', 'avatarUrl:', 'pictureUrl:');
      await until(() => runs() === 2, 90_000);
      const openapi = await repo.read('packages/contract/openapi.json');
      expect(openapi).toContain('"fullName"');
      expect(openapi).toContain('"pictureUrl"');
      expect(await repo.read('packages/dart_client/lib/src/models/user.dart')).toContain(
        'fullName',
      );
      // A broken save is reported and the watcher keeps going.
      await repo.edit('packages/contract/src/models/user.ts', 'fullName:', 'fullName: oops(),');
      await until(() => output.includes('generation failed'), 90_000);
      expect(runs()).toBe(2);
    } finally {
      await watcher.close();
      await repo.dispose();
    }
  });
});
