import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameTsTokens, tsTokens } from '../../src/check/ts-tokens.js';
import { REPO_ROOT } from '../helpers/temp-repo.js';

const generated = readFileSync(
  join(REPO_ROOT, 'packages/client-ts/src/generated/openapi.ts'),
  'utf8',
);

/** Formats TypeScript with the repo's Biome binary and the given options (stdin -> stdout). */
function biomeFormat(source: string, options: string[]): string {
  const result = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/biome'),
    ['format', '--stdin-file-path=file.ts', ...options],
    { input: source, encoding: 'utf8', cwd: '/tmp' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe('TypeScript token comparison', () => {
  it('treats a Biome run over generated types as no change', () => {
    const formatted = biomeFormat(generated, [
      '--javascript-formatter-quote-style=single',
      '--indent-style=space',
      '--indent-width=2',
      '--line-width=60',
    ]);
    expect(formatted).not.toBe(generated);
    expect(formatted).toContain("'application/json'");
    expect(sameTsTokens(generated, formatted)).toBe(true);
  });

  it('treats Prettier-style layout (tabs, wrapped unions, dropped trailing separators) as no change', () => {
    const a = `export interface X {\n    "a": "x" | "y";\n    b?: number;\n}\n/** Doc\n * more */\ntype Y = { c: string; };\n`;
    const b = `export interface X {\n\ta:\n\t\t| 'x'\n\t\t| 'y';\n\tb?: number\n}\n  /**\n   * Doc\n   * more */\ntype Y = { c: string };`;
    expect(sameTsTokens(a, b)).toBe(true);
  });

  it.each([
    ['a renamed property', (s: string) => s.replace('nextCursor:', 'next_cursor:')],
    ['a changed string literal', (s: string) => s.replace('"todo"', '"to-do"')],
    [
      'an optional property made required',
      (s: string) => s.replace('cursor?: string;', 'cursor: string;'),
    ],
    ['a nullable type made non-null', (s: string) => s.replace('string | null', 'string')],
    ['an edited comment', (s: string) => s.replace('Get one task', 'Get a task')],
    ['a removed header line', (s: string) => s.replace('// GENERATED CODE - DO NOT EDIT.\n', '')],
  ])('reports %s', (_name, edit) => {
    const edited = edit(generated);
    expect(edited).not.toBe(generated);
    expect(sameTsTokens(generated, edited)).toBe(false);
  });

  it('keeps quotes on keys that need them and drops them where they do not', () => {
    expect(tsTokens(`{ "a-b": 1; "c": 2; "200": 3 }`)).toEqual(
      tsTokens(`{ 'a-b': 1\n c: 2\n 200: 3 }`),
    );
    expect(sameTsTokens(`type A = "x";`, `type A = x;`)).toBe(false);
  });
});
