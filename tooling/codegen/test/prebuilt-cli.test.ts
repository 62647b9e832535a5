// `pnpm codegen` runs the prebuilt bundle (bin/codegen.mjs -> dist/cli.mjs), not the sources the
// other tests run: the bundle loads the contract as an esbuild bundle and finds its workers next to
// itself, so it gets its own end-to-end checks.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runNode, tempRepo } from './helpers/temp-repo.js';

const BIN = join(REPO_ROOT, 'tooling', 'codegen', 'bin', 'codegen.mjs');

const runBin = (cwd: string, args: string[]) => runNode(cwd, [BIN, ...args]);

describe('the prebuilt CLI (bin/codegen.mjs)', () => {
  it('builds on demand and finds the committed files up to date', {
    timeout: 180_000,
  }, async () => {
    const repo = await tempRepo();
    try {
      const run = await runBin(repo.root, ['--check']);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/generated files up to date/);
      // Nothing on stderr: e.g. a V8 flag this Node does not know prints an error there.
      expect(run.stderr).toBe('');
    } finally {
      await repo.dispose();
    }
  });

  it('regenerates a changed contract and names where a broken one threw', {
    timeout: 180_000,
  }, async () => {
    const repo = await tempRepo();
    try {
      // A field added, not renamed: other models use User's fields by name.
      await repo.edit(
        'packages/contract/src/models/user.ts',
        'displayName:',
        'fullName: z.string().max(100).optional(),\n    displayName:',
      );
      const generated = await runBin(repo.root, ['generate']);
      expect(generated.code, generated.stdout + generated.stderr).toBe(0);
      expect(await repo.read('packages/contract/openapi.json')).toContain('"fullName"');
      await repo.edit(
        'packages/contract/src/routes.ts',
        'export const routes = {',
        'export const routes = {\n  ...(() => { throw new Error("route table is broken"); })(),',
      );
      const broken = await runBin(repo.root, ['generate']);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('route table is broken');
      // The path as the user knows it: no loader query string in it.
      expect(broken.stderr).toMatch(/\(at packages\/contract\/src\/routes\.ts:\d+:\d+\)/);
    } finally {
      await repo.dispose();
    }
  });

  // Node 20 has no compile cache: there the test has nothing to check.
  it.runIf('enableCompileCache' in module)(
    'keeps its compiled code on disk (Node 22.1+)',
    async () => {
      const tmp = await mkdtemp(join(tmpdir(), 'codegen-compile-cache-'));
      try {
        const run = await runNode(REPO_ROOT, [BIN, '--help'], {
          TMPDIR: tmp,
          NODE_COMPILE_CACHE: undefined,
          NODE_DISABLE_COMPILE_CACHE: undefined,
        });
        expect(run.code, run.output).toBe(0);
        expect(await readdir(join(tmp, 'node-compile-cache'))).not.toEqual([]);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
  );
});
