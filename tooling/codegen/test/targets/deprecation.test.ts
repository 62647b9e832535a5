import { buildOpenApiDocument, type RouteDefinition } from '@acme/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDartSyntax, formatSyntaxIssue } from '../../src/dart-syntax/index.js';
import type { GeneratedFile, TargetContext } from '../../src/pipeline/types.js';
import { IGNORE_DEPRECATED_USE } from '../../src/targets/dart/emit/deprecations.js';
import { dartTarget } from '../../src/targets/dart/index.js';
import { openApiTypes } from '../../src/targets/typescript/openapi-types.js';
import { vectorsTarget } from '../../src/targets/vectors/index.js';
import { exampleContext } from './dart/client/contract-fixture.js';

// A route and a field marked deprecated in the contract reach every client: OpenAPI
// `deprecated`, `@deprecated` in the TypeScript types, `@Deprecated` in Dart (with the generated
// code's own uses exempt from the analyzer, so the package stays --fatal-infos clean).
const SINCE = '2026-12-01T00:00:00Z';
const NOTE = `Deprecated since ${SINCE}; it may stop answering after 2027-06-01T00:00:00Z. Use listTasks instead.`;

let plain: TargetContext;
let deprecated: TargetContext;
let files: Map<string, string>;

beforeAll(async () => {
  plain = await exampleContext();
  const routes: Record<string, RouteDefinition> = {
    ...plain.contract.routes,
    getTask: {
      ...(plain.contract.routes.getTask as RouteDefinition),
      deprecated: { since: SINCE, sunset: '2027-06-01T00:00:00Z', use: 'listTasks' },
    },
  };
  const document = structuredClone(
    buildOpenApiDocument(routes, { ...plain.contract.info }, plain.contract.schemas),
  );
  // What Zod writes for `.meta({ deprecated: true, description })` on a field.
  const task = document.components.schemas.Task as { properties: Record<string, object> };
  task.properties.estimateHours = {
    ...task.properties.estimateHours,
    deprecated: true,
    description: 'Use the time tracker instead.',
  };
  deprecated = {
    ...plain,
    contract: {
      ...plain.contract,
      routes,
      document,
      schemas: { ...plain.contract.schemas, components: document.components.schemas },
    },
  };
  const generated: GeneratedFile[] = [
    ...(await dartTarget.generate(deprecated)),
    ...(await vectorsTarget.generate(deprecated)),
  ];
  files = new Map(
    generated.map((file) => [file.path.replace('packages/dart_client/', ''), file.contents]),
  );
}, 120_000);

const file = (path: string) => {
  const contents = files.get(path);
  if (contents === undefined) throw new Error(`not generated: ${path}`);
  return contents;
};

describe('a deprecated route and field', () => {
  it('OpenAPI: the operation is deprecated, with the note as its description', () => {
    const operation = deprecated.contract.document.paths['/tasks/{taskId}']?.get as Record<
      string,
      unknown
    >;
    expect(operation.deprecated).toBe(true);
    expect(operation.description).toBe(NOTE);
  });

  it('TypeScript: @deprecated on the operation and on the field', async () => {
    const types = await openApiTypes(deprecated.contract.document);
    expect(types).toMatch(/@deprecated[\s\S]{0,400}getTask/);
    expect(types).toMatch(/@deprecated[^\n]*\n(?:\s*\*[^\n]*\n){0,4}\s*estimateHours/);
    const plainTypes = await openApiTypes(plain.contract.document);
    expect(plainTypes).not.toContain('@deprecated');
  });

  it('Dart: @Deprecated on the field, the generated uses exempt, and it parses', async () => {
    const model = file('lib/src/models/task.dart');
    expect(model).toContain(
      "  /// Use the time tracker instead.\n  @Deprecated('Use the time tracker instead.')\n  final double estimateHours;",
    );
    expect(model).toContain(`\n${IGNORE_DEPRECATED_USE}\n`);
    expect(file('lib/src/models/project.dart')).not.toContain(IGNORE_DEPRECATED_USE);
    const issues = await checkDartSyntax('task.dart', model);
    expect(issues.map(formatSyntaxIssue)).toEqual([]);
  });

  it('Dart: @Deprecated on the client method, with the same note', async () => {
    const client = file('lib/src/api_client.dart');
    expect(client).toMatch(
      new RegExp(
        `  @Deprecated\\('${NOTE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'\\)\\n  Future<Task> getTask\\(`,
      ),
    );
    expect((await checkDartSyntax('api_client.dart', client)).map(formatSyntaxIssue)).toEqual([]);
  });

  it.each([
    'test/api_client_test.dart',
    'test/models_test.dart',
    'test/vectors_test.dart',
    'test/support/decoded_fields.dart',
  ])('Dart: %s, which calls them, is exempt from the deprecation infos', (path) => {
    expect(file(path)).toContain(`\n${IGNORE_DEPRECATED_USE}\n`);
  });

  it('without deprecations no file carries the exemption', async () => {
    const generated = [
      ...(await dartTarget.generate(plain)),
      ...(await vectorsTarget.generate(plain)),
    ];
    expect(
      generated.filter((f) => f.contents.includes(IGNORE_DEPRECATED_USE)).map((f) => f.path),
    ).toEqual([]);
  }, 120_000);
});
