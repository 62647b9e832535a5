import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, tierUpFlag, USAGE } from '../src/cli.js';
import type { CliIo } from '../src/pipeline/types.js';
import { runCli } from './helpers/temp-repo.js';

function captureIo(repoRoot = '/nonexistent'): CliIo & { out: string; err: string } {
  const io = {
    repoRoot,
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('codegen CLI usage', () => {
  it('prints help with exit 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toBe(USAGE);
    expect(io.out).toContain('--check');
  });

  it('rejects an unknown command with exit 2 and the usage', async () => {
    const io = captureIo();
    expect(await main(['--chek'], io)).toBe(2);
    expect(io.err).toContain('Unknown command: --chek');
    expect(io.err).toContain('Usage:');
  });

  it('rejects arguments to generate and --check with exit 2', async () => {
    for (const argv of [
      ['generate', 'x'],
      ['--check', '--fix'],
    ]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toContain('takes no arguments');
    }
  });

  it('exits 2 with a clear message on an invalid codegen.config.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'codegen-cfg-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    await writeFile(join(dir, 'codegen.config.json'), '{"typescript": {"outDir": "../outside"}}');
    const io = captureIo(dir);
    expect(await main(['--check'], io)).toBe(2);
    expect(io.err).toContain('codegen.config.json: invalid configuration');
    expect(io.err).toContain('typescript.outDir');
    await rm(dir, { recursive: true });
  });

  it('exits 2 outside a pnpm workspace', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'codegen-norepo-'));
    const run = await runCli(dir, ['--check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no pnpm-workspace.yaml');
    await rm(dir, { recursive: true });
  });
});

describe('tierUpFlag', () => {
  it('names the V8 flag of each measured V8 version, and none for the others', () => {
    // process.versions.v8 of Node 20, 22 and 24.
    expect(tierUpFlag('11.3.244.8-node.38')).toBe('--interrupt-budget=2500000');
    expect(tierUpFlag('12.4.254.21-node.57')).toBe('--invocation-count-for-turbofan=45000');
    expect(tierUpFlag('13.6.233.17-node.63')).toBe('--invocation-count-for-turbofan=45000');
    // A flag V8 does not know prints "unrecognized flag" on every run: none is better.
    expect(tierUpFlag('14.1.0')).toBeUndefined();
    expect(tierUpFlag('9.4.146.26-node.26')).toBeUndefined();
    expect(tierUpFlag('')).toBeUndefined();
  });
});
