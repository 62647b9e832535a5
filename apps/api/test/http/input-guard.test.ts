import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findUnstorableInput,
  findUnstorableJson,
  MAX_INPUT_DEPTH,
} from '../../src/http/input-guard.js';

// findUnstorableJson skips the walk for texts that cannot hold what it looks for: it must
// answer exactly as the walk does, on every JSON text.

const sameAsWalk = (text: string) => {
  const value = JSON.parse(text);
  expect(findUnstorableJson(text, value)).toEqual(findUnstorableInput(value));
};

const nested = (levels: number, inner: unknown = 'x'): unknown =>
  levels === 0
    ? inner
    : levels % 2
      ? [nested(levels - 1, inner)]
      : { a: nested(levels - 1, inner) };

describe('findUnstorableJson', () => {
  it('answers as the full walk on random JSON, any text and any depth', () => {
    // Full Unicode strings: NUL, U+FEFF and lone surrogates, raw and escaped, in keys too.
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\0', '\ufeff', '\ud800', '\udc00', '\ud83d\ude00', 'a\\u0041'),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => sameAsWalk(JSON.stringify(value))),
      { numRuns: 3000 },
    );
  });

  it('answers as the full walk at, under and past the depth limit', () => {
    for (const levels of [MAX_INPUT_DEPTH - 1, MAX_INPUT_DEPTH, MAX_INPUT_DEPTH + 1, 200]) {
      for (const inner of ['x', {}, [], '\0', { '\ufeff': 1 }]) {
        sameAsWalk(JSON.stringify(nested(levels, inner)));
      }
    }
  });

  it('walks texts with escapes, which may write what it looks for', () => {
    for (const text of ['"\\u0000"', '{"\\ufeffa":1}', '["\\ud800"]', '"\\u00e9"', '"\\\\u0000"']) {
      sameAsWalk(text);
    }
    expect(findUnstorableJson('{"a":"\\u0000"}', { a: '\0' })?.path).toEqual(['a']);
  });
});
