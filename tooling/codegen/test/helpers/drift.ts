import { expect } from 'vitest';
import { type TempRepo, tempRepo } from './temp-repo.js';

/**
 * Runs `body` on a fresh copy of the repository. Each test gets its own copy so tests can run
 * concurrently; at most two copies at a time, since the machine's cores are shared.
 */
export function repoRunner(options: { inProcess: boolean }, maxParallel = 2) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return (body: (repo: TempRepo) => Promise<void>) => async () => {
    if (active >= maxParallel) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    const repo = await tempRepo(options);
    try {
      await body(repo);
    } finally {
      await repo.dispose();
      active--;
      waiting.shift()?.();
    }
  };
}

/** --check fails naming `files` and `elements`, then generate fixes it and --check passes. */
export async function expectDriftThenFix(repo: TempRepo, files: string[], elements: string[]) {
  const check = await repo.codegen('--check');
  expect(check.code, check.output).toBe(1);
  for (const file of files) expect(check.stderr).toContain(file);
  for (const element of elements) expect(check.stderr).toContain(element);
  expect(check.stderr).toContain('Fix: run `pnpm codegen`');
  const generate = await repo.codegen();
  expect(generate.code, generate.output).toBe(0);
  const again = await repo.codegen('--check');
  expect(again.code, again.output).toBe(0);
  expect(again.stdout).toMatch(/up to date \(\d+ ms\)/);
}
