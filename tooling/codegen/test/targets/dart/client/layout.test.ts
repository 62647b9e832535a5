import { describe, expect, it } from 'vitest';
import {
  dartIdentifier,
  dartJson,
  dartString,
  group,
  importLines,
  layout,
  parameterList,
  statement,
} from '../../../../src/targets/dart/client/layout.js';

describe('layout (dart format tall style)', () => {
  it('keeps a list that fits on one line', () => {
    expect(statement('  ', 'f', group('(', ['a', 'b'], ')'), ';')).toBe('  f(a, b);');
  });

  it('splits a list that does not fit, one item per line with a trailing comma', () => {
    const long = 'x'.repeat(40);
    expect(statement('  ', 'f', group('(', [long, long], ')'), ';')).toBe(
      `  f(\n    ${long},\n    ${long},\n  );`,
    );
  });

  it('hugs a sole collection literal argument', () => {
    const map = dartJson({ key: 'v'.repeat(70) });
    expect(statement('', 'x = ', group('f(', [map], ')'), ';')).toBe(
      `x = f(<String, Object?>{\n  'key': '${'v'.repeat(70)}',\n});`,
    );
  });

  it('lays out positional and named parameters as dart format does', () => {
    expect(parameterList('  ', 'void f', ['int a'], ['int? b'], ' {')).toBe(
      '  void f(int a, {int? b}) {',
    );
    const long = 'String parameterWithAVeryLongName';
    expect(parameterList('  ', 'void f', [long], [`${long}2`], ' {')).toBe(
      `  void f(\n    ${long}, {\n    ${long}2,\n  }) {`,
    );
  });
});

describe('Dart literals and names', () => {
  it('escapes what Dart would interpolate or reject', () => {
    expect(dartString("it's $5 \\ \n\t\u0001")).toBe("'it\\'s \\$5 \\\\ \\n\\t\\u{1}'");
  });

  it('types JSON literals so that they are Object? trees', () => {
    expect(layout(dartJson({ a: [1, null, true], b: {} }), '', 0, '')).toBe(
      "<String, Object?>{'a': <Object?>[1, null, true], 'b': <String, Object?>{}}",
    );
  });

  it('makes lowerCamel identifiers and refuses reserved words', () => {
    expect(dartIdentifier('task_id')).toBe('taskId');
    expect(dartIdentifier('Page-Size')).toBe('pageSize');
    expect(dartIdentifier('in')).toBeUndefined();
    expect(dartIdentifier('1st')).toBeUndefined();
  });

  it('orders imports dart:, package:, relative, each sorted', () => {
    expect(
      importLines(['b.dart', 'package:http/http.dart as http', 'dart:io', 'a.dart', 'dart:async']),
    ).toEqual([
      "import 'dart:async';",
      "import 'dart:io';",
      '',
      "import 'package:http/http.dart' as http;",
      '',
      "import 'a.dart';",
      "import 'b.dart';",
    ]);
  });
});
