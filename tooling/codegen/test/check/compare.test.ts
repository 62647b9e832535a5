import { describe, expect, it } from 'vitest';
import { sameContents } from '../../src/check/compare.js';

const dart = `class Task {\n  const Task({required this.id, this.title});\n\n  final String id;\n  final String? title;\n}\n`;

describe('sameContents', () => {
  it('ignores line endings for every file type', async () => {
    expect(await sameContents('pubspec.yaml', 'a: 1\nb: 2\n', 'a: 1\r\nb: 2\r\n')).toBe(true);
    expect(await sameContents('pubspec.yaml', 'a: 1\n', 'a: 2\n')).toBe(false);
    expect(await sameContents('pubspec.yaml', 'a: 1\n', 'a:  1\n')).toBe(false);
  });

  it('compares JSON as parsed values', async () => {
    const text = JSON.stringify({ a: [1, 2], b: { c: null } }, null, 2);
    expect(await sameContents('x.json', text, JSON.stringify(JSON.parse(text)))).toBe(true);
    expect(await sameContents('x.json', text, text.replace('null', '0'))).toBe(false);
    expect(await sameContents('x.json', text, '{not json')).toBe(false);
  });

  it('compares Dart by tokens: a re-format is not drift, a token change is', async () => {
    const reformatted = `class Task {\n    const Task({\n      required this.id,\n      this.title,\n    });\n    final String id;\n    final String? title;\n}`;
    expect(await sameContents('lib/task.dart', dart, reformatted)).toBe(true);
    expect(
      await sameContents('lib/task.dart', dart, dart.replace('String? title', 'String title')),
    ).toBe(false);
  });

  it('compares TypeScript by tokens', async () => {
    expect(await sameContents('a.ts', 'type A = "x";\n', "type A = 'x'")).toBe(true);
    expect(await sameContents('a.ts', 'type A = "x";\n', "type A = 'y'")).toBe(false);
  });
});
