import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { z } from 'zod';
import { dartParser } from '../../../src/dart-syntax/index.js';
import { dartTarget } from '../../../src/targets/dart/index.js';
import { jsonHelpersSource } from '../../../src/targets/dart/runtime/json-helpers.js';
import { vectorsTarget } from '../../../src/targets/vectors/index.js';
import { readVectorFile } from '../../../src/targets/vectors/read-file.js';
import { exampleContext } from '../dart/client/contract-fixture.js';

/**
 * The Dart test and client only name what the models target declares: checked against the
 * models target's real output, since no Dart SDK runs here.
 */
let library: string;
let barrel: string;
let vectorsTest: string;
let client: string;
let exception: string;
let modelSources: string[];
let testSources: string[];
let vectorFiles: { valid: Vector[]; invalid: Vector[]; tolerated: Vector[]; forward: Vector[] }[];

interface Vector {
  reason?: string;
  path?: (string | number)[];
  json: unknown;
}

beforeAll(async () => {
  const context = await exampleContext();
  const models = await dartTarget.generate(context);
  modelSources = models.filter((file) => file.path.includes('/lib/')).map((file) => file.contents);
  library = models
    .filter((file) => file.path.includes('/lib/'))
    .map((file) => file.contents)
    .join('\n');
  barrel = models.find((file) => file.path.endsWith('/lib/acme_api.dart'))?.contents ?? '';
  client = models.find((file) => file.path.endsWith('/api_client.dart'))?.contents ?? '';
  exception = models.find((file) => file.path.endsWith('/api_exception.dart'))?.contents ?? '';
  const vectors = await vectorsTarget.generate(context);
  vectorsTest = vectors.find((file) => file.path.endsWith('vectors_test.dart'))?.contents ?? '';
  testSources = vectors.filter((file) => file.path.endsWith('.dart')).map((file) => file.contents);
  vectorFiles = vectors
    .filter((file) => file.path.endsWith('.json'))
    .map((file) => readVectorFile(file.contents, file.path));
});

/** A class, sealed class or enum called `name` with a one-argument-compatible `fromJson`. */
const decodable = (name: string) =>
  new RegExp(
    `(factory ${name}\\.fromJson|static ${name} fromJson)\\(\\s*Object\\? json,\\s*\\[`,
  ).test(library);

describe('the vectors Dart test against the generated models', () => {
  it('decodes every model with a fromJson that a one-argument tear-off fits', () => {
    const models = [...vectorsTest.matchAll(/_Model<(\w+)>\(/g)].map((match) => match[1] as string);
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) expect(decodable(model), model).toBe(true);
  });

  it('uses WireEnum, which the barrel exports', () => {
    expect(vectorsTest).toContain('isA<WireEnum>()');
    expect(barrel).toMatch(/export 'src\/json_helpers\.dart' show [^;]*\bWireEnum\b/);
    expect(library).toMatch(/bool get isUnknown;/);
  });
});

describe('the API client against the generated models', () => {
  it('names only model types the models target declares, each with fromJson and toJson', () => {
    const returned = [...client.matchAll(/return (\w+)\.fromJson\(json\);/g)].map(
      (m) => m[1] as string,
    );
    const bodies = [...client.matchAll(/ (\w+Input) body\b/g)].map((m) => m[1] as string);
    expect(returned.length).toBeGreaterThan(0);
    for (const model of [...returned, ...bodies, 'ApiError']) {
      expect(decodable(model), model).toBe(true);
    }
    expect(library).toMatch(
      /final class CreateTaskInput \{[\s\S]*?Map<String, Object\?> toJson\(\)/,
    );
  });

  it('builds its fallback ApiError from fields the model really has', () => {
    expect(library).toMatch(
      /final class ApiError \{[\s\S]*?final ErrorCode code;[\s\S]*?final String message;/,
    );
  });
});

describe("instant vectors against the models' readDateTime", () => {
  /**
   * What readDateTime accepts, read from the Dart source: its pattern (two adjacent raw
   * strings) and the days of its calendar check, with the Gregorian leap rule it states.
   */
  const dartAccepts = () => {
    const helpers = jsonHelpersSource();
    const parts = /final _instant = RegExp\(\n\s+r'([^']+)'\n\s+r'([^']+)',\n\);/.exec(helpers);
    expect(parts).not.toBeNull();
    const pattern = new RegExp(`${parts?.[1]}${parts?.[2]}`);
    const days = /const _daysInMonth = \[([\d, ]+)\];/.exec(helpers)?.[1]?.split(', ').map(Number);
    expect(days).toHaveLength(12);
    expect(helpers).toContain(
      'final leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);',
    );
    expect(helpers).toContain('if (match == null || !_isCalendarDate(match)) {');
    return (text: string) => {
      const match = pattern.exec(text);
      if (!match) return false;
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      if (month < 1 || month > 12 || day < 1) return false;
      return day <= (month === 2 && leap ? 29 : (days?.[month - 1] as number));
    };
  };
  const valueAt = (json: unknown, path: (string | number)[] = []) =>
    path.reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], json);

  it('invalid instants are refused; valid and tolerated ones accepted', () => {
    const accepts = dartAccepts();
    let checked = 0;
    for (const file of vectorFiles) {
      for (const vector of file.invalid.filter((entry) => entry.reason?.startsWith('instant'))) {
        expect(accepts(String(valueAt(vector.json, vector.path))), vector.reason).toBe(false);
        checked++;
      }
      for (const vector of file.tolerated.filter((entry) => entry.reason?.startsWith('instant'))) {
        expect(accepts(String(valueAt(vector.json, vector.path))), vector.reason).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('refuses what z.iso.datetime() refuses for the calendar, where DateTime.parse rolls over', () => {
    const accepts = dartAccepts();
    const zod = z.iso.datetime();
    for (const text of [
      '2024-02-30T12:34:56Z',
      '2023-02-29T12:34:56Z',
      '2100-02-29T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2024-00-10T00:00:00Z',
      '2024-02-29T24:00:00Z',
      '2024-02-29T12:60:00Z',
      '2024-02-29T12:34:60Z',
      '2024-02-29T12:34Z',
      '2024-02-29T12:34:56,5Z',
      '2024-02-29T12:34:56.Z',
    ]) {
      expect(zod.safeParse(text).success, text).toBe(false);
      expect(accepts(text), text).toBe(false);
    }
    for (const text of ['2000-02-29T00:00:00Z', '2024-12-31T23:59:59.999999999Z']) {
      expect(zod.safeParse(text).success, text).toBe(true);
      expect(accepts(text), text).toBe(true);
    }
  });

  it('every instant field has the calendar vectors', () => {
    const reasons = new Set(
      vectorFiles.flatMap((file) => file.invalid.map((vector) => vector.reason)),
    );
    for (const reason of ['instantImpossibleDay', 'instantNotALeapYear', 'instantHour24']) {
      expect(reasons).toContain(reason);
    }
  });
});

/** UpperCamel names the generated client and tests use from the SDK and their dependencies. */
const LIBRARY_TYPES = new Set([
  // dart:core, dart:async, dart:convert, dart:io
  'DateTime',
  'Directory',
  'Exception',
  'File',
  'FormatException',
  'Future',
  'FutureOr',
  'List',
  'Map',
  'Object',
  'StateError',
  'String',
  'Uri',
  // package:http/testing.dart (package:http itself is used with the `http.` prefix)
  'MockClient',
]);

describe('names in the client and test Dart files', () => {
  it('are all declared by the generated package or the libraries they import', async () => {
    const helpers = jsonHelpersSource();
    const declared = new Set(LIBRARY_TYPES);
    for (const source of [...modelSources, helpers, ...testSources]) {
      // Type parameters of generic classes (`class _Model<T extends Object>`) are in scope too.
      for (const match of source.matchAll(/^(?:final )?class \w+<(\w+)/gm))
        declared.add(match[1] as string);
      for (const match of source.matchAll(
        /^(?:sealed |final |abstract interface )?(?:class|enum|typedef) (\w+)/gm,
      )) {
        declared.add(match[1] as string);
      }
    }
    const parser = await dartParser();
    const problems: string[] = [];
    for (const source of [client, exception, ...testSources]) {
      expect(source.length).toBeGreaterThan(0);
      const tree = parser.parse(source);
      if (!tree) throw new Error('cannot parse');
      const visit = (node: Node) => {
        const prefixed =
          source.slice(Math.max(0, node.startIndex - 5), node.startIndex) === 'http.';
        if (
          (node.type === 'type_identifier' || node.type === 'identifier') &&
          /^[A-Z]/.test(node.text) &&
          !prefixed &&
          !declared.has(node.text)
        ) {
          problems.push(`${node.text} (line ${node.startPosition.row + 1})`);
        }
        for (const child of node.children) if (child) visit(child);
      };
      visit(tree.rootNode);
      tree.delete();
    }
    expect(problems).toEqual([]);
  });
});
