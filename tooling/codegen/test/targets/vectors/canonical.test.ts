import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalInstant } from '../../../src/targets/vectors/canonical.js';

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

describe('canonicalInstant (properties)', () => {
  const instants = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 11, 31) });

  it('leaves millisecond UTC instants as JavaScript writes them', () => {
    fc.assert(
      fc.property(instants, (millis) => {
        const iso = new Date(millis).toISOString();
        expect(canonicalInstant(iso)).toBe(iso);
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it('maps an instant written with any offset to the same UTC instant', () => {
    const offsets = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instants, offsets, (millis, offset) => {
        const local = new Date(millis + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
        expect(canonicalInstant(`${local}${zone}`)).toBe(new Date(millis).toISOString());
      }),
      { seed: 2, numRuns: 500 },
    );
  });

  it('keeps microseconds and drops what lies beyond them', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        (millis, micros, nanos) => {
          const iso = new Date(millis).toISOString().slice(0, 23);
          const us = String(micros).padStart(3, '0');
          const ns = String(nanos).padStart(3, '0');
          expect(canonicalInstant(`${iso}${us}${ns}Z`)).toBe(`${iso}${us}Z`);
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });
});
