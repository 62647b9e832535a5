import { describe, expect, it } from 'vitest';
import { CodegenConfig } from '../../src/config.js';
import { runTargets } from '../../src/pipeline/run-targets.js';
import type { GeneratedFile, Target } from '../../src/pipeline/types.js';
import { REPO_ROOT } from '../helpers/temp-repo.js';

const config = CodegenConfig.parse({});

const fakeTarget = (name: string, files: GeneratedFile[], dirs = ['out']): Target => ({
  name,
  owns: () => ({ dirs, files: [] }),
  generate: async () => files,
});

describe('runTargets', () => {
  it('sorts the file set by path whatever order targets emit', async () => {
    const a = fakeTarget('a', [
      { path: 'out/z.txt', contents: 'z' },
      { path: 'out/a/b.txt', contents: 'b' },
    ]);
    const b = fakeTarget('b', [{ path: 'out/m.txt', contents: 'm' }]);
    const forward = await runTargets(REPO_ROOT, config, [a, b]);
    const backward = await runTargets(REPO_ROOT, config, [b, a]);
    expect([...forward.files.keys()]).toEqual(['out/a/b.txt', 'out/m.txt', 'out/z.txt']);
    expect([...backward.files]).toEqual([...forward.files]);
    expect(forward.reports.map((r) => [r.target, r.files])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it.each([
    ['outside its owned paths', 'elsewhere/x.txt', 'outside the paths it owns'],
    ['with ..', 'out/../x.txt', 'invalid path'],
    ['absolute', '/out/x.txt', 'invalid path'],
  ])('rejects a file %s', async (_name, path, message) => {
    const target = fakeTarget('bad', [{ path, contents: '' }]);
    await expect(runTargets(REPO_ROOT, config, [target])).rejects.toThrow(message);
  });

  it('rejects two targets writing the same file', async () => {
    const file = { path: 'out/x.txt', contents: '' };
    await expect(
      runTargets(REPO_ROOT, config, [fakeTarget('a', [file]), fakeTarget('b', [file])]),
    ).rejects.toThrow('out/x.txt: produced by both target a and target b');
  });

  it('fails with file:line:column when generated Dart does not parse', async () => {
    const target = fakeTarget('dart', [
      { path: 'out/ok.dart', contents: 'class A {}\n' },
      { path: 'out/bad.dart', contents: 'class A {\n  final int x\n}\n' },
    ]);
    await expect(runTargets(REPO_ROOT, config, [target])).rejects.toThrow(
      /out\/bad\.dart:\d+:\d+: (missing|syntax error)/,
    );
  });

  it('leaves the syntax gate out when asked (generate; --check runs it)', async () => {
    const target = fakeTarget('dart', [
      { path: 'out/bad.dart', contents: 'class A {\n  final int x\n}\n' },
    ]);
    const result = await runTargets(REPO_ROOT, config, [target], { parseDart: false });
    expect([...result.files.keys()]).toEqual(['out/bad.dart']);
    expect(result.verifyMs).toBeUndefined();
  });

  it('names the target when it throws an unexpected error', async () => {
    const target: Target = {
      name: 'boom',
      owns: () => ({ dirs: ['out'], files: [] }),
      generate: async () => {
        throw new TypeError('x is undefined');
      },
    };
    await expect(runTargets(REPO_ROOT, config, [target])).rejects.toThrow(
      'target boom failed: x is undefined',
    );
  });
});

describe('runTargets scheduling', () => {
  it('prepares targets before loading the contract and reports in target order', async () => {
    const events: string[] = [];
    const slow: Target = {
      name: 'worker',
      owns: () => ({ dirs: ['out'], files: [] }),
      prepare: () => events.push('prepare worker'),
      generate: async () => {
        events.push('worker started');
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push('worker done');
        return [{ path: 'out/w.txt', contents: 'w' }];
      },
    };
    const quick: Target = {
      name: 'main',
      owns: () => ({ dirs: ['out'], files: [] }),
      generate: async () => {
        events.push('main ran');
        return [{ path: 'out/m.txt', contents: 'm' }];
      },
    };
    const result = await runTargets(REPO_ROOT, config, [slow, quick]);
    expect(events).toEqual(['prepare worker', 'worker started', 'main ran', 'worker done']);
    expect(result.reports.map((report) => report.target)).toEqual(['worker', 'main']);
  });

  it('fails the run when a worker-backed target fails after the others finished', async () => {
    const failing: Target = {
      name: 'worker',
      owns: () => ({ dirs: ['out'], files: [] }),
      prepare: () => {},
      generate: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('worker crashed');
      },
    };
    await expect(runTargets(REPO_ROOT, config, [failing, fakeTarget('main', [])])).rejects.toThrow(
      'target worker failed: worker crashed',
    );
  });
});

describe('runTargets with the real targets', () => {
  it('produces identical bytes on every run, each file under its target', {
    timeout: 120_000,
  }, async () => {
    const { targets } = await import('../../src/targets/index.js');
    const { loadConfig } = await import('../../src/config.js');
    const repoConfig = await loadConfig(REPO_ROOT);
    const first = await runTargets(REPO_ROOT, repoConfig, targets);
    const second = await runTargets(REPO_ROOT, repoConfig, [...targets].reverse());
    expect([...second.files]).toEqual([...first.files]);
    expect(first.reports.map((report) => report.target)).toEqual(targets.map((t) => t.name));
    const paths = [...first.files.keys()];
    expect(paths).toEqual([...paths].sort());
    for (const report of first.reports) expect(report.files).toBeGreaterThan(0);
  });
});
