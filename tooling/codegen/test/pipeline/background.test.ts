import { afterEach, describe, expect, it } from 'vitest';
import {
  MODELS_WORKER,
  runInBackground,
  runningWorkers,
  setReleaseWhenIdle,
  TYPES_WORKER,
} from '../../src/pipeline/background/index.js';

const dart = (n: number): [string, string][] => [[`lib/a${n}.dart`, `class A${n} {}\n`]];

/** Resolves once no background worker is running (or fails the test after `ms`). */
async function allEnded(ms = 20_000) {
  const deadline = Date.now() + ms;
  while (runningWorkers() > 0) {
    if (Date.now() > deadline) throw new Error(`${runningWorkers()} workers still running`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('background workers', () => {
  afterEach(() => setReleaseWhenIdle(false));

  it('end themselves after their last job when released when idle, and a later job still runs', async () => {
    setReleaseWhenIdle(true);
    expect(await runInBackground('dartSyntax', dart(1), TYPES_WORKER)).toEqual([[]]);
    await allEnded();
    // A new worker takes the next job.
    expect(await runInBackground('dartSyntax', dart(2), TYPES_WORKER)).toEqual([[]]);
    await allEnded();
  }, 60_000);

  it('answer jobs sent together in one release (none lost to a worker ending)', async () => {
    setReleaseWhenIdle(true);
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        runInBackground('dartSyntax', dart(n), n % 2 ? TYPES_WORKER : MODELS_WORKER),
      ),
    );
    expect(answers).toEqual([[[]], [[]], [[]], [[]]]);
    // Back to back: each job posted right as the previous answer arrives.
    for (const n of [5, 6, 7]) {
      expect(await runInBackground('dartSyntax', dart(n), TYPES_WORKER)).toEqual([[]]);
    }
    await allEnded();
  }, 60_000);

  it('stay running (warm) when not released', async () => {
    setReleaseWhenIdle(false);
    expect(await runInBackground('dartSyntax', dart(1), TYPES_WORKER)).toEqual([[]]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runningWorkers()).toBe(1);
  }, 60_000);
});
