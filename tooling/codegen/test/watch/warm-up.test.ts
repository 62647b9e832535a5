import { describe, expect, it } from 'vitest';
import { WARM_UP_ROUNDS, warmUp } from '../../src/watch/warm-up.js';

/** A session whose rounds take `times` (ms) in turn; code 1 for a time of -1. */
function fakeSession(times: number[]) {
  const calls = { rounds: 0 };
  return {
    calls,
    async warm() {
      const ms = times[calls.rounds++] ?? 100;
      return { code: ms < 0 ? 1 : 0, heapMb: 1, ms };
    },
  };
}

async function warmed(times: number[], options: { rounds?: number; stop?: () => boolean } = {}) {
  const session = fakeSession(times);
  let output = '';
  const io = { repoRoot: '/', stdout: (text: string) => (output += text), stderr: () => {} };
  await warmUp(session, io, { stop: () => false, ...options });
  return { rounds: session.calls.rounds, output };
}

describe('warmUp', () => {
  it('repeats rounds until one is no faster than the fastest before it', async () => {
    const { rounds, output } = await warmed([2000, 1500, 1200, 1190, 900]);
    expect(rounds).toBe(4);
    expect(output).toBe('codegen watch: warmed up in 5.9 s (rounds: 2000, 1500, 1200, 1190 ms)\n');
  });

  it('stops after its most rounds', async () => {
    const falling = Array.from({ length: 20 }, (_, index) => 2000 * 0.8 ** index);
    expect((await warmed(falling)).rounds).toBe(WARM_UP_ROUNDS);
    expect((await warmed(falling, { rounds: 2 })).rounds).toBe(2);
    expect(await warmed(falling, { rounds: 0 })).toEqual({ rounds: 0, output: '' });
  });

  it('stops between rounds when asked (a change to regenerate), without a round if asked at once', async () => {
    let asked = 0;
    const { rounds, output } = await warmed([2000, 1500, 1000], { stop: () => ++asked > 2 });
    expect(rounds).toBe(2);
    expect(output).toBe('codegen watch: warm-up cut short after 3.5 s (rounds: 2000, 1500 ms)\n');
    expect(await warmed([2000], { stop: () => true })).toEqual({ rounds: 0, output: '' });
  });

  it('stops at a failed round (the next run reports the contract)', async () => {
    const { rounds, output } = await warmed([2000, -1, 1000]);
    expect(rounds).toBe(2);
    expect(output).toBe(
      'codegen watch: warm-up stopped by a failed run after 2.0 s (rounds: 2000 ms)\n',
    );
  });
});
