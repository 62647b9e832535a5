import { describe, expect, it } from 'vitest';
import { isClosureFree } from '../../../src/targets/vectors/closure-free.js';

describe('isClosureFree', () => {
  it.each([
    '(value) => Object.keys(value).length <= 50',
    '(v) => v.length > 0',
    'v => v !== "x" && v?.length >= 1',
    '() => true',
    '() => { }',
    '(input) => input.trim()',
    "(a, b) => { if (a === b) return 'same'; else return Math.max(a.length, b.length); }",
    '(v) => typeof v === "string" ? v.length : 0.5',
  ])('reads only its parameters and safe globals: %s', (source) => {
    expect(isClosureFree(source)).toBe(true);
  });

  it.each([
    // Reads something around it: the text stays the same when that changes.
    '(v) => v.length < MAX',
    '(v) => helper(v)',
    '(input) => input.normalize(form)',
    '() => value',
    '(v) => this.limit > v',
    '(v) => new Date(v)',
    // A template substitution (built here so that the linter does not take it for a mistake).
    `(v) => \`$\{v}!\`.length < 5`.replace('\\', ''),
    // Nested functions, declarations, writes: not followed.
    '(v) => v.every((item) => item)',
    '(v) => { const n = v.length; return n > 1; }',
    '(v) => (v.seen = true)',
    '(v) => v.count++ > 0',
    '(v) => { v.total += 1; return true; }',
    // Not sure what they are: regular expressions, comments, other forms.
    '(v) => /^a/.test(v)',
    '(v) => v.length / 2 > 1',
    '(v) => v // a comment',
    '({ a }) => a',
    '(v = 1) => v',
    '(...all) => all.length',
    'function (v) { return v; }',
    'async (v) => v',
    '(v) => v.\\u0061',
  ])('refuses what it cannot vouch for: %s', (source) => {
    expect(isClosureFree(source)).toBe(false);
  });
});
