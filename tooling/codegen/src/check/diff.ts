import { createTwoFilesPatch } from 'diff';

/** Lines of diff printed per file: enough to see what changed, short enough to scan a CI log. */
export const DIFF_LINE_CAP = 40;

/** A unified diff from the file on disk to what the generator would write, capped. */
export function cappedDiff(path: string, onDisk: string, expected: string, cap = DIFF_LINE_CAP) {
  const patch = createTwoFilesPatch(
    `a/${path}`,
    `b/${path}`,
    onDisk,
    expected,
    'on disk',
    'generated',
    {
      context: 2,
    },
  );
  // Drop the `===` separator line createTwoFilesPatch starts with; keep ---/+++ and hunks.
  const lines = patch.split('\n').filter((line, index) => !(index === 0 && line.startsWith('=')));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= cap) return lines;
  return [...lines.slice(0, cap), `... (${lines.length - cap} more diff lines)`];
}
