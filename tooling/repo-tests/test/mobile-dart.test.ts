import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// The codegen package's syntax gate (tree-sitter Dart grammar), imported by path until
// @acme/codegen exports it: the same check the generated Dart passes.
import { checkDartSyntax, formatSyntaxIssue } from '../../codegen/src/dart-syntax/index.js';
import { dartTarget, readRepoFile, repoPath } from './paths.js';

const APP = 'apps/mobile';

/** Every hand-written Dart file of the app (build output and tool state excluded). */
function dartFiles(dir = repoPath(APP)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'build') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dartFiles(path);
    return entry.name.endsWith('.dart') ? [relative(repoPath(), path)] : [];
  });
}

interface Pubspec {
  name: string;
  environment: { sdk: string };
  dependencies: Record<string, unknown>;
  dev_dependencies: Record<string, unknown>;
}
const pubspec = parse(readRepoFile(APP, 'pubspec.yaml')) as Pubspec;

const files = dartFiles();

describe('apps/mobile Dart sources', () => {
  it('include the app entry point, its widgets and the widget tests', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        `${APP}/lib/main.dart`,
        `${APP}/test/task_list_test.dart`,
        `${APP}/test/create_task_test.dart`,
        `${APP}/test/newer_server_test.dart`,
        `${APP}/test/update_required_test.dart`,
      ]),
    );
  });

  // The app sends it as x-app-version; the server retires versions by it.
  it('sends the version its pubspec declares', () => {
    const declared = /^const appVersion = '([^']+)';$/m.exec(
      readRepoFile(APP, 'lib/src/app_version.dart'),
    )?.[1];
    expect(declared).toBe(
      (parse(readRepoFile(APP, 'pubspec.yaml')) as { version: string }).version,
    );
  });

  it.each(files)('%s parses as Dart 3 without syntax errors', async (file) => {
    const issues = await checkDartSyntax(file, readRepoFile(file));
    expect(issues.map(formatSyntaxIssue)).toEqual([]);
  });

  // `dart format` cannot run here; these are the parts of its output a reviewer would
  // otherwise have to check by eye (CI runs the real formatter).
  it.each(files)('%s keeps the layout dart format produces', (file) => {
    const text = readRepoFile(file);
    expect(text.endsWith('\n') && !text.endsWith('\n\n'), 'one final newline').toBe(true);
    text.split('\n').forEach((line, index) => {
      const where = `${file}:${index + 1}`;
      expect.soft(line.length, `${where} is longer than 80 columns`).toBeLessThanOrEqual(80);
      expect.soft(line, `${where} has trailing whitespace`).not.toMatch(/\s$/);
      expect.soft(line, `${where} has a tab`).not.toContain('\t');
      expect
        .soft(/^( *)/.exec(line)?.[1]?.length ?? 0, `${where} indent`)
        .toSatisfy((indent: number) => indent % 2 === 0);
    });
    expect(text, 'no run of blank lines').not.toMatch(/\n\n\n/);
  });
});

describe('apps/mobile/pubspec.yaml', () => {
  it('depends on the generated package by path, under the name codegen gives it', () => {
    const { packageDir, packageName } = dartTarget();
    expect(pubspec.dependencies[packageName]).toEqual({ path: `../../${packageDir}` });
  });

  it('targets Dart 3 with the trailing-comma-preserving formatter (3.8+)', () => {
    expect(pubspec.environment.sdk).toMatch(/^\^3\.(8|9|\d\d)\./);
    expect(readRepoFile(APP, 'analysis_options.yaml')).toMatch(/trailing_commas: preserve/);
  });

  it('declares every package the Dart sources import', () => {
    const declared = new Set([
      pubspec.name,
      ...Object.keys(pubspec.dependencies),
      ...Object.keys(pubspec.dev_dependencies),
    ]);
    for (const file of files) {
      for (const [, name] of readRepoFile(file).matchAll(/^import 'package:([a-z0-9_]+)\//gm)) {
        expect
          .soft(declared.has(name ?? ''), `${file} imports undeclared package:${name}`)
          .toBe(true);
      }
    }
  });
});
