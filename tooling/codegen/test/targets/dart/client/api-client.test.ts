import { buildOpenApiDocument, CreateTaskInput, Id, Task, TaskStatus } from '@acme/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { checkDartSyntax } from '../../../../src/dart-syntax/index.js';
import { CodegenError } from '../../../../src/errors.js';
import { lineCommentHeader } from '../../../../src/pipeline/header.js';
import type { LoadedContract, TargetContext } from '../../../../src/pipeline/types.js';
import { generateDartPackageFiles } from '../../../../src/targets/dart/client/index.js';
import { exampleContext } from './contract-fixture.js';

let context: TargetContext;
let files: Map<string, string>;

const file = (path: string) => {
  const contents = files.get(`packages/dart_client/${path}`);
  if (contents === undefined) throw new Error(`not generated: ${path}`);
  return contents;
};

/** `Future<T> name(...)` declarations of the client, by method name. */
function methodSignatures(source: string): Map<string, string> {
  const signatures = new Map<string, string>();
  const pattern = /^ {2}(Future<\w+>) (\w+)\(([\s\S]*?)\) async \{$/gm;
  for (const match of source.matchAll(pattern)) {
    const [, returns, name, parameters] = match;
    const flat = (parameters ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\{ /g, '{')
      .replace(/,\s*([})])/g, '$1')
      .trim();
    signatures.set(name as string, `${returns} ${name}(${flat})`);
  }
  return signatures;
}

/** The example contract with its routes replaced (the models stay the registered ones). */
function withRoutes(routes: LoadedContract['routes']): TargetContext {
  const document = buildOpenApiDocument(routes, { ...context.contract.info });
  return { ...context, contract: { ...context.contract, routes, document } };
}

beforeAll(async () => {
  context = await exampleContext();
  const generated = await generateDartPackageFiles(context);
  files = new Map(generated.map(({ path, contents }) => [path, contents]));
});

describe('generateDartPackageFiles', () => {
  it('writes the package files inside the configured package directory, each with the header', () => {
    expect([...files.keys()].sort()).toEqual([
      'packages/dart_client/README.md',
      'packages/dart_client/analysis_options.yaml',
      'packages/dart_client/lib/src/api_client.dart',
      'packages/dart_client/lib/src/api_exception.dart',
      'packages/dart_client/pubspec.yaml',
    ]);
    for (const [path, contents] of files) {
      expect(contents, path).toMatch(/^(\/\/|#|<!--\n)[ ]?GENERATED CODE - DO NOT EDIT\./);
      expect(contents, path).toContain('Regenerate with: pnpm codegen');
    }
  });

  it('emits Dart that tree-sitter parses without errors', async () => {
    for (const path of ['lib/src/api_client.dart', 'lib/src/api_exception.dart']) {
      expect(await checkDartSyntax(path, file(path))).toEqual([]);
    }
  });

  it('keeps generated Dart below its header within 80 columns and free of dynamic', () => {
    for (const path of ['lib/src/api_client.dart', 'lib/src/api_exception.dart']) {
      // The shared header line names its source and may be longer; it is a comment.
      const source = file(path).slice(lineCommentHeader('dart').length);
      const long = source.split('\n').filter((line) => line.length > 80);
      expect(long, path).toEqual([]);
      expect(source, path).not.toMatch(/\bdynamic\b/);
    }
  });

  it('is deterministic', async () => {
    const again = await generateDartPackageFiles(context);
    expect(new Map(again.map(({ path, contents }) => [path, contents]))).toEqual(files);
  });
});

describe('package files', () => {
  it('pubspec names the configured package, the SDK and the dependencies the code uses', () => {
    const pubspec = parseYaml(file('pubspec.yaml')) as Record<string, unknown>;
    expect(pubspec).toMatchObject({
      name: context.config.dart.packageName,
      description: context.config.dart.description,
      version: context.contract.info.version,
      environment: { sdk: '^3.4.0' },
      dependencies: { http: '^1.2.0' },
      dev_dependencies: { lints: expect.any(String), test: expect.any(String) },
    });
  });

  it('analysis options use the recommended lints', () => {
    expect(parseYaml(file('analysis_options.yaml'))).toEqual({
      include: 'package:lints/recommended.yaml',
    });
  });

  it('README lists every operation and says how to regenerate', () => {
    const readme = file('README.md');
    const rows = readme.split('\n').filter((line) => /^\| `\w+\(/.test(line));
    expect(rows).toHaveLength(Object.keys(context.contract.routes).length);
    expect(readme).toContain(
      '| `updateTask(taskId, UpdateTaskInput body)` | `PATCH /tasks/{taskId}` | `Task` | signed-in |',
    );
    expect(readme).toContain(
      '| `logIn(LogInInput body)` | `POST /auth/login` | `Session` | public |',
    );
    expect(readme).toContain('tokenProvider: () => token,');
    expect(readme).not.toContain("'authorization'");
    expect(readme).toContain("import 'package:acme_api/acme_api.dart';");
    expect(readme).toMatch(/## Regenerate\n[\s\S]*pnpm codegen/);
  });
});

describe('ApiClient', () => {
  it('has exactly one method per operation of the route table', () => {
    const methods = methodSignatures(file('lib/src/api_client.dart'));
    expect([...methods.keys()].sort()).toEqual(Object.keys(context.contract.routes).sort());
  });

  it('types path parameters and bodies positionally, query parameters as named', () => {
    const methods = methodSignatures(file('lib/src/api_client.dart'));
    expect(methods.get('updateTask')).toBe(
      'Future<Task> updateTask(String taskId, UpdateTaskInput body)',
    );
    expect(methods.get('createProject')).toBe(
      'Future<Project> createProject(CreateProjectInput body)',
    );
    expect(methods.get('deleteTask')).toBe('Future<void> deleteTask(String taskId)');
    expect(methods.get('health')).toBe('Future<Health> health()');
    expect(methods.get('listTasks')).toBe(
      'Future<TaskPage> listTasks({String? projectId, TaskStatus? status, String? assigneeId, int? limit, String? cursor})',
    );
  });

  it('sends each operation to its method and path, encoding query values by type', () => {
    const source = file('lib/src/api_client.dart');
    expect(source).toContain("await _send('DELETE', ['tasks', taskId], signedIn: true);");
    expect(source).toContain(
      "final json = await _send('POST', ['auth', 'login'], body: body.toJson());",
    );
    expect(source).toMatch(
      /final json = await _send\(\n\s+'PATCH',\n\s+\['tasks', taskId\],\n\s+body: body\.toJson\(\),\n\s+signedIn: true,\n\s+\);/,
    );
    expect(source).toContain("if (status != null) 'status': status.toJson(),");
    expect(source).toContain("if (limit != null) 'limit': '$limit',");
    expect(source).toContain('return TaskPage.fromJson(json);');
  });

  it('imports the models through the package barrel (a model may be a part file)', () => {
    for (const path of ['lib/src/api_client.dart', 'lib/src/api_exception.dart']) {
      const imports = [...file(path).matchAll(/^import '([^']+)'/gm)].map((match) => match[1]);
      expect(imports, path).toContain('../acme_api.dart');
      expect(
        imports.filter((uri) => uri?.startsWith('models/')),
        path,
      ).toEqual([]);
    }
  });

  it('derives signatures from any route table: mixed segments, required and typed query', async () => {
    const generated = await generateDartPackageFiles(
      withRoutes({
        taskRevision: {
          method: 'GET',
          path: '/tasks/{taskId}/v{revision}.json',
          summary: 'Get one revision of a task',
          tag: 'tasks',
          access: 'public',
          params: z.object({ taskId: Id, revision: z.coerce.number().int() }),
          query: z.object({
            full: z.coerce.boolean(),
            since: z.iso.datetime().optional(),
            status: TaskStatus.optional(),
            weight: z.coerce.number().optional(),
          }),
          response: Task,
          successStatus: 200,
          errors: [],
        },
        replaceTask: {
          method: 'PUT',
          path: '/tasks/{taskId}',
          summary: 'Replace a task',
          tag: 'tasks',
          access: 'public',
          params: z.object({ taskId: Id }),
          query: z.object({ dryRun: z.coerce.boolean().optional() }),
          body: CreateTaskInput,
          response: null,
          successStatus: 204,
          errors: ['NOT_FOUND'],
        },
      }),
    );
    const source = generated.find((entry) => entry.path.endsWith('api_client.dart'))?.contents;
    expect(source).toBeDefined();
    const methods = methodSignatures(source as string);
    expect(methods.get('taskRevision')).toBe(
      'Future<Task> taskRevision(String taskId, int revision, {required bool full, DateTime? since, TaskStatus? status, double? weight})',
    );
    expect(methods.get('replaceTask')).toBe(
      'Future<void> replaceTask(String taskId, CreateTaskInput body, {bool? dryRun})',
    );
    expect(source).toContain("['tasks', taskId, 'v$revision.json']");
    expect(source).toContain("'full': '$full',");
    expect(source).toContain("if (since != null) 'since': since.toUtc().toIso8601String(),");
    expect(source).toContain("if (weight != null) 'weight': '$weight',");
    expect(await checkDartSyntax('api_client.dart', source as string)).toEqual([]);
  });

  it('refuses a query parameter Dart cannot send, naming the operation and the field', async () => {
    const attempt = generateDartPackageFiles(
      withRoutes({
        searchTasks: {
          method: 'GET',
          path: '/tasks/search',
          summary: 'Search',
          tag: 'tasks',
          access: 'public',
          query: z.object({ ids: z.array(Id).max(10) }),
          response: Task,
          successStatus: 200,
          errors: [],
        },
      }),
    );
    await expect(attempt).rejects.toThrow(CodegenError);
    await expect(attempt).rejects.toThrow(/operation searchTasks, field ids/);
  });

  it('refuses an operation named like a member of ApiClient', async () => {
    const attempt = generateDartPackageFiles(
      withRoutes({
        close: {
          method: 'POST',
          path: '/close',
          summary: 'Close',
          tag: 'system',
          access: 'public',
          response: Task,
          successStatus: 200,
          errors: [],
        },
      }),
    );
    await expect(attempt).rejects.toThrow(/operation close: the operation name must be/);
  });
});

/** Each ApiClient method's text, from its doc comment to its closing brace, by name. */
function methodSources(source: string): Map<string, string> {
  const methods = new Map<string, string>();
  const pattern = /((?:^ {2}\/\/\/.*\n)+(?:^ {2}@.*\n)?^ {2}Future<\w+> (\w+)\([\s\S]*?^ {2}\}$)/gm;
  for (const match of source.matchAll(pattern)) methods.set(match[2] as string, match[1] as string);
  return methods;
}

/** The GET operation at `path` of an OpenAPI document, to edit its security. */
function getOperation(document: LoadedContract['document'], path: string) {
  const operation = document.paths[path]?.get as { security?: unknown } | undefined;
  if (!operation) throw new Error(`no GET ${path} in the document`);
  return operation;
}

describe('ApiClient authentication', () => {
  it('takes an optional TokenProvider and keeps it', () => {
    const source = file('lib/src/api_client.dart');
    expect(source).toContain('typedef TokenProvider = FutureOr<String?> Function();');
    expect(source).toMatch(/ApiClient\(\{[^}]*\n {4}TokenProvider\? tokenProvider,\n {2}\}\)/);
    expect(source).toContain('_tokenProvider = tokenProvider;');
    expect(source).toContain("import 'dart:async';");
  });

  it('sends the bearer token only from operations that pass signedIn, asking only then', () => {
    const source = file('lib/src/api_client.dart');
    const send = source.slice(source.indexOf('  Future<Object?> _send('));
    expect(send).toContain('    bool signedIn = false,\n');
    expect(send).toMatch(
      /if \(signedIn && tokenProvider != null\) \{\n\s+final token = await tokenProvider\(\);\n\s+if \(token != null\) request\.headers\['authorization'\] = 'Bearer \$token';\n\s+\}/,
    );
    // Set after the caller's own headers, so a stale `authorization` there cannot win.
    expect(send.indexOf('await headers()')).toBeLessThan(send.indexOf('tokenProvider()'));
    expect(source.match(/tokenProvider\(\)/g)).toHaveLength(1);
  });

  it("marks exactly the route table's signed-in operations, with a doc comment saying so", () => {
    const methods = methodSources(file('lib/src/api_client.dart'));
    const routes = Object.entries(context.contract.routes);
    expect(routes.some(([, route]) => route.access === 'public')).toBe(true);
    expect(routes.some(([, route]) => route.access === 'signed-in')).toBe(true);
    expect([...methods.keys()].sort()).toEqual(routes.map(([name]) => name).sort());
    for (const [name, route] of routes) {
      const method = methods.get(name) as string;
      const signedIn = route.access === 'signed-in';
      expect(method.includes('signedIn: true'), name).toBe(signedIn);
      expect(method.includes('throws [UnauthenticatedException]'), name).toBe(signedIn);
      expect(method.includes('Needs a signed-in user'), name).toBe(signedIn);
    }
    expect(methods.get('getCurrentUser')).toContain(
      "final json = await _send('GET', ['auth', 'me'], signedIn: true);",
    );
    expect(methods.get('logIn')).toContain(
      "final json = await _send('POST', ['auth', 'login'], body: body.toJson());",
    );
  });

  it("reads access from the document's security, the operation's or else the document's", async () => {
    const route = (access: 'public' | 'signed-in') => ({
      method: 'GET' as const,
      path: `/probe/${access}` as const,
      summary: 'Probe',
      tag: 'system',
      access,
      response: Task,
      successStatus: 200 as const,
      errors: [],
    });
    const probe = withRoutes({ probeOpen: route('public'), probeClosed: route('signed-in') });
    const clientOf = async (target: TargetContext) => {
      const generated = await generateDartPackageFiles(target);
      return methodSources(
        generated.find((entry) => entry.path.endsWith('api_client.dart'))?.contents ?? '',
      );
    };
    const methods = await clientOf(probe);
    expect(methods.get('probeClosed')).toContain('signedIn: true');
    expect(methods.get('probeOpen')).not.toContain('signedIn');

    // The same document with the operations' security removed and a global one instead.
    const document = structuredClone(probe.contract.document) as typeof probe.contract.document & {
      security?: unknown;
    };
    document.security = [{ bearerAuth: [] }];
    delete getOperation(document, '/probe/signed-in').security;
    const inherited = await clientOf({
      ...probe,
      contract: { ...probe.contract, document },
    });
    expect(inherited.get('probeClosed')).toContain('signedIn: true');
    expect(inherited.get('probeOpen')).not.toContain('signedIn');
  });

  it.each([
    [[{ apiKeyAuth: [] }], /apiKeyAuth is apiKey; the client sends only HTTP bearer tokens/],
    [[{ nowhere: [] }], /names nowhere, which is not in components\.securitySchemes/],
    [[{}, { bearerAuth: [] }], /allows calls with and without a token/],
  ])('refuses security it cannot honour: %j', async (security, message) => {
    const probe = withRoutes({
      probe: {
        method: 'GET',
        path: '/probe',
        summary: 'Probe',
        tag: 'system',
        access: 'signed-in',
        response: Task,
        successStatus: 200,
        errors: [],
      },
    });
    const document = structuredClone(probe.contract.document);
    document.components.securitySchemes = {
      ...document.components.securitySchemes,
      apiKeyAuth: { type: 'apiKey', in: 'header', name: 'x-key' },
    } as unknown as typeof document.components.securitySchemes;
    getOperation(document, '/probe').security = security;
    const attempt = generateDartPackageFiles({
      ...probe,
      contract: { ...probe.contract, document },
    });
    await expect(attempt).rejects.toThrow(CodegenError);
    await expect(attempt).rejects.toThrow(/operation probe: security cannot be expressed/);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('ApiException', () => {
  it('builds the fallback INTERNAL ApiError directly, not by decoding a map literal', () => {
    const source = file('lib/src/api_exception.dart');
    expect(source).toContain('class ApiException implements Exception {');
    expect(source).toContain('final ApiError error;');
    expect(source).toMatch(
      /on FormatException \{\n\s+error = ApiError\(\n\s+code: ErrorCode\.internal,\n\s+message: 'HTTP \$statusCode/,
    );
    expect(source).not.toMatch(/ApiError\.fromJson\(\{/);
    expect(source).toContain('final int statusCode;');
  });

  it('writes toString without toJson, the received text of an unknown code', () => {
    const source = file('lib/src/api_exception.dart');
    const method = source.slice(source.indexOf('  String toString() {'));
    expect(method).not.toContain('error.toJson()');
    expect(method).toContain(
      "final text = code.isUnknown ? _receivedCode ?? 'unknown' : code.toJson();",
    );
    expect(source).toContain(
      'return ApiException._received(statusCode, error, body, receivedCode);',
    );
  });

  it('turns a 426 into an UpdateRequiredException carrying minimumAppVersion', () => {
    const source = file('lib/src/api_exception.dart');
    expect(source).toContain('class UpdateRequiredException extends ApiException {');
    expect(source).toContain('static const status = 426;');
    expect(source).toMatch(
      /if \(statusCode == UpdateRequiredException\.status\) \{\n\s+return UpdateRequiredException\._\(\n\s+error,\n\s+body,\n\s+receivedCode,\n\s+_stringIn\(json, 'minimumAppVersion'\),/,
    );
  });

  it('turns every 401 into an UnauthenticatedException, checked before the 426', () => {
    const source = file('lib/src/api_exception.dart');
    expect(source).toContain('class UnauthenticatedException extends ApiException {');
    expect(source).toContain('static const status = 401;');
    expect(source).toContain(
      '  UnauthenticatedException._(ApiError error, String body, String? receivedCode)\n' +
        '    : super._received(status, error, body, receivedCode);',
    );
    const factory = source.slice(source.indexOf('factory ApiException.fromResponse'));
    expect(factory).toMatch(
      /if \(statusCode == UnauthenticatedException\.status\) \{\n\s+return UnauthenticatedException\._\(error, body, receivedCode\);\n\s+\}/,
    );
    // Decided by the status alone, like the 426: an unreadable body is still one.
    expect(factory.indexOf('UnauthenticatedException.status')).toBeGreaterThan(
      factory.indexOf('on FormatException'),
    );
  });

  it('refuses an error shape without an INTERNAL code', async () => {
    const components = structuredClone(context.contract.document.components.schemas);
    components.ErrorCode = { type: 'string', enum: ['NOT_FOUND'] };
    const document = {
      ...context.contract.document,
      components: { ...context.contract.document.components, schemas: components },
    };
    const attempt = generateDartPackageFiles({
      ...context,
      contract: { ...context.contract, document },
    });
    await expect(attempt).rejects.toThrow(/model ApiError, field code/);
  });
});
