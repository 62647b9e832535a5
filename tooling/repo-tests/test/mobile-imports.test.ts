import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codeOnly } from './dart-surface.js';
import { dartTarget, REPO_ROOT, readRepoFile, repoPath } from './paths.js';

/**
 * An unused import is an analyzer warning, and CI's `flutter analyze` fails on warnings. No
 * analyzer runs here, so each import of the app must show a use: a name its target declares
 * (the app's own files), or a name known to come from it (SDK and packages).
 */
const APP = repoPath('apps/mobile');
const appPackage = (parse(readRepoFile('apps/mobile/pubspec.yaml')) as { name: string }).name;

function dartFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'build') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dartFiles(path);
    return entry.name.endsWith('.dart') ? [path] : [];
  });
}

/** Top-level names a Dart file declares: types, functions, constants. */
function declaredNames(source: string): string[] {
  const patterns = [
    /^(?:abstract |sealed |final |base )*(?:class|enum|mixin|typedef|extension) (\w+)/gm,
    /^(?:const|final|var) (?:[\w<>?, ]+ )?(\w+) =/gm,
    /^(?!import|export|part|return)[\w<>?, ()]+? (\w+)\(.*\)\s*(?:async\s*)?(?:\{|=>)/gm,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1] as string));
}

/** Names the generated package exports: the contract's model ids, and the client's own types. */
function generatedNames(): string[] {
  const models = repoPath('packages/contract/src/models');
  const ids = readdirSync(models).flatMap((file) =>
    [...readFileSync(join(models, file), 'utf8').matchAll(/\bid: '(\w+)'/g)].map(
      (m) => m[1] as string,
    ),
  );
  return [
    ...ids,
    ...ids.map((id) => `Unknown${id}`),
    'ApiClient',
    'ApiException',
    'UpdateRequiredException',
    'Present',
  ];
}

/** What proves an SDK or package import is used. */
const KNOWN: Record<string, RegExp> = {
  'dart:convert': /\b(?:jsonDecode|jsonEncode|utf8|json)\b/,
  'package:http/http.dart': /\bhttp\./,
  'package:http/testing.dart': /\bMockClient\b/,
  'package:flutter_test/flutter_test.dart': /\b(?:testWidgets|expect|find|WidgetTester)\b/,
};

describe('apps/mobile imports', () => {
  const files = dartFiles();
  const appDeclared = new Set(files.flatMap((file) => declaredNames(readFileSync(file, 'utf8'))));

  it.each(files.map((file) => [file.slice(REPO_ROOT.length + 1), file]))(
    '%s uses everything it imports',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      const code = codeOnly(source);
      for (const [, uri] of source.matchAll(/^import '([^']+)'/gm)) {
        const target = uri as string;
        const used = (() => {
          const known = KNOWN[target];
          if (known) return known.test(code);
          if (target === `package:${dartTarget().packageName}/${dartTarget().packageName}.dart`) {
            return generatedNames().some((name) => new RegExp(`\\b${name}\\b`).test(code));
          }
          if (target === 'package:flutter/material.dart') {
            // Flutter's names are the capitalized ones declared neither here nor in dart:core.
            const names = code.match(/\b[A-Z]\w*\b/g) ?? [];
            return names.some((name) => !appDeclared.has(name) && !DART_CORE.has(name));
          }
          const ownPrefix = `package:${appPackage}/`;
          const path = target.startsWith(ownPrefix)
            ? join(APP, 'lib', target.slice(ownPrefix.length))
            : target.includes(':')
              ? undefined
              : resolve(dirname(file), target);
          if (!path) throw new Error(`${file}: no rule for import '${target}'; add one to KNOWN`);
          const names = declaredNames(readFileSync(path, 'utf8'));
          return names.some((name) => new RegExp(`\\b${name}\\b`).test(code));
        })();
        expect.soft(used, `import '${target}' looks unused`).toBe(true);
      }
    },
  );
});

const DART_CORE = new Set([
  'Object',
  'String',
  'Future',
  'List',
  'Map',
  'Set',
  'Iterable',
  'Uri',
  'DateTime',
  'Duration',
  'FormatException',
  'StateError',
  'Exception',
  'Error',
  'Never',
  'Null',
  'Function',
  'Type',
]);
