import { describe, expect, it } from 'vitest';
import { cappedDiff } from '../../src/check/diff.js';

describe('cappedDiff', () => {
  it('shows a unified diff from disk to generated', () => {
    const lines = cappedDiff('a.ts', 'one\ntwo\nthree\n', 'one\n2\nthree\n');
    expect(lines).toContain('--- a/a.ts\ton disk');
    expect(lines).toContain('+++ b/a.ts\tgenerated');
    expect(lines).toContain('-two');
    expect(lines).toContain('+2');
  });

  it('caps long diffs and says how much was left out', () => {
    const before = Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n');
    const after = Array.from({ length: 200 }, (_, i) => `LINE ${i}`).join('\n');
    const lines = cappedDiff('a.ts', before, after, 10);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^\.\.\. \(\d+ more diff lines\)$/);
  });
});
