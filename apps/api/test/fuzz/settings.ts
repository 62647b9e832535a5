import type fc from 'fast-check';

/**
 * How much to fuzz: FUZZ_RUNS cases per property (500 by default, inside the normal test run;
 * `pnpm test:fuzz` asks for 10,000) from a fixed seed, so a failure replays with FUZZ_SEED.
 */
const DEFAULT_RUNS = 500;
const DEFAULT_SEED = 20_261_123;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const fuzzRuns = positiveInteger('FUZZ_RUNS', DEFAULT_RUNS);
export const fuzzSeed = positiveInteger('FUZZ_SEED', DEFAULT_SEED);

/** fast-check parameters of one property: its own seed, derived from the label, is printed. */
export function fuzzParameters(label: string): fc.Parameters<unknown> {
  let seed = fuzzSeed;
  for (const char of label) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return {
    numRuns: fuzzRuns,
    seed,
    // The server keeps state across runs, so a counterexample replays only from the start:
    // print it (with the seed) rather than spend minutes shrinking against a changed database.
    endOnFailure: true,
    verbose: 1,
  };
}

/**
 * Per-property timeout for vitest: a case takes a few milliseconds, but tens on a loaded
 * machine, and FUZZ_RUNS=10000 runs them all in one test.
 */
export const propertyTimeoutMs = Math.max(120_000, fuzzRuns * 150);
