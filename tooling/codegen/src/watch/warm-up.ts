import type { RunResult } from '../pipeline/session/index.js';
import type { CliIo } from '../pipeline/types.js';

/** Most warm-up rounds of a session (see warmUp). */
export const WARM_UP_ROUNDS = 6;
/** A round that takes this share of the fastest one before it, or more, stopped getting faster. */
const STEADY = 0.95;

export interface WarmUpOptions {
  /** Most rounds (default WARM_UP_ROUNDS). */
  rounds?: number;
  /** Asked before each round: true (a change to regenerate, the watch closing) ends the warm-up. */
  stop: () => boolean;
}

/**
 * Brings a new session's code to the speed it runs at after many edits, before the edits come.
 * After one run, most of it is not optimised by V8 yet: at 200 models the first edits of a
 * session took 1.9-2.7 s, the later ones ~1.4 s. Each round generates in memory again
 * (GeneratorSession.warm: nothing written), until a round is no faster than the fastest before
 * it, or a run fails. 200 models: rounds of 1.45, 1.27, 1.32 s, then a first edit of 1.38 s
 * (2.75 s without). A change waits at most for the round in progress: `stop` is asked between
 * rounds. Prints one line with the rounds' times (none if no round ran).
 */
export async function warmUp(
  session: { warm(io: CliIo): Promise<RunResult> },
  io: CliIo,
  { rounds = WARM_UP_ROUNDS, stop }: WarmUpOptions,
): Promise<void> {
  const times: number[] = [];
  let outcome = 'warmed up in';
  while (times.length < rounds) {
    if (stop()) {
      outcome = 'warm-up cut short after';
      break;
    }
    const { code, ms } = await session.warm(io);
    if (code !== 0) {
      outcome = 'warm-up stopped by a failed run after';
      break;
    }
    times.push(ms);
    if (times.length >= 2 && ms >= STEADY * Math.min(...times.slice(0, -1))) break;
  }
  if (times.length === 0) return;
  const total = times.reduce((sum, ms) => sum + ms, 0);
  io.stdout(
    `codegen watch: ${outcome} ${(total / 1000).toFixed(1)} s (rounds: ${times.map((ms) => Math.round(ms)).join(', ')} ms)\n`,
  );
}
