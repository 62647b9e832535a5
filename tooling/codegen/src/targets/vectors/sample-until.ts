/**
 * `fc.sample(arbitrary, params)` consumed one value at a time until `take` returns false, then
 * stopping: the values up to there are exactly fc.sample's (fast-check generates each run from
 * its own jump of the seeded generator, so skipping later runs does not change earlier ones),
 * without generating the runs nobody looks at. The vectors need 10 accepted samples out of 30
 * generated, and generating large nested payloads was most of fast-check's time.
 */
import fc from 'fast-check';

class StopAfter<T> extends fc.Arbitrary<T | undefined> {
  private stopped = false;

  constructor(
    private readonly inner: fc.Arbitrary<T>,
    private readonly take: (value: T) => boolean,
  ) {
    super();
  }

  override generate(random: fc.Random, biasFactor: number | undefined): fc.Value<T | undefined> {
    if (this.stopped) return new fc.Value(undefined, undefined);
    const value = this.inner.generate(random, biasFactor);
    this.stopped = !this.take(value.value);
    return value;
  }

  override canShrinkWithoutContext(_value: unknown): _value is T | undefined {
    return false;
  }

  override shrink(): fc.Stream<fc.Value<T | undefined>> {
    return fc.Stream.nil();
  }
}

/** Calls `take` on fc.sample's values in order until it returns false or they run out. */
export function sampleUntil<T>(
  arbitrary: fc.Arbitrary<T>,
  params: { seed: number; numRuns: number },
  take: (value: T) => boolean,
): void {
  fc.sample(new StopAfter(arbitrary, take), params);
}
