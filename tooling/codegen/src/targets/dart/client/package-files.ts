/** pubspec.yaml, analysis_options.yaml and README.md of the generated Dart package. */
import type { CodegenConfig } from '../../../config.js';
import { headerLines, lineCommentHeader, REGENERATE_COMMAND } from '../../../pipeline/header.js';
import type { LoadedContract } from '../../../pipeline/types.js';
import { dartTypeName } from '../naming.js';
import type { DartOperation } from './operations.js';
import { CLIENT_TARGET } from './render-client.js';

/** Lowest versions whose APIs the generated code uses (sealed classes and patterns: Dart 3). */
export const DART_SDK = '^3.4.0';
// meta: @immutable on the models (Flutter pins its own 1.x; any from 1.11 fits).
export const DEPENDENCIES = { http: '^1.2.0', meta: '^1.11.0' };
// lints at its current major (6, which needs Dart 3.8 to resolve): it only matters where the
// package itself is analyzed (its CI job runs Dart 3.9); apps depending on it never resolve it.
export const DEV_DEPENDENCIES = { lints: '^6.0.0', test: '^1.25.0' };

const yamlString = (text: string) => JSON.stringify(text);

const yamlMap = (entries: Record<string, string>) =>
  Object.entries(entries)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, version]) => `  ${name}: ${version}`)
    .join('\n');

export function renderPubspec(config: CodegenConfig['dart'], contract: LoadedContract): string {
  return `${lineCommentHeader(CLIENT_TARGET, '#')}
name: ${config.packageName}
description: ${yamlString(config.description)}
# The version of the API this package was generated from.
version: ${contract.info.version}

environment:
  sdk: ${DART_SDK}

dependencies:
${yamlMap(DEPENDENCIES)}

dev_dependencies:
${yamlMap(DEV_DEPENDENCIES)}
`;
}

export const renderAnalysisOptions = () => `${lineCommentHeader(CLIENT_TARGET, '#')}
include: package:lints/recommended.yaml
`;

/** A call of the first operation that takes no arguments (or the first one), for the README. */
function exampleCall(operations: DartOperation[]): string {
  const simplest =
    operations.find(
      (operation) =>
        operation.response &&
        !operation.body &&
        operation.pathParameters.length === 0 &&
        operation.queryParameters.every((parameter) => !parameter.required),
    ) ?? operations.find((operation) => operation.response);
  if (!simplest?.response) return '';
  return `    final result = await api.${simplest.name}();\n    print(result.toJson());\n`;
}

const operationRow = (operation: DartOperation) => {
  const named = operation.queryParameters.map((parameter) => parameter.dartName).join(', ');
  const args = [
    ...operation.pathParameters.map((parameter) => parameter.dartName),
    ...(operation.body ? [`${dartTypeName(operation.body)} body`] : []),
    ...(named ? [`{${named}}`] : []),
  ];
  const returns = operation.response ? dartTypeName(operation.response) : 'void';
  const access = operation.signedIn ? 'signed-in' : 'public';
  return `| \`${operation.name}(${args.join(', ')})\` | \`${operation.method} ${operation.path}\` | \`${returns}\` | ${access} |`;
};

export function renderReadme(
  config: CodegenConfig['dart'],
  contract: LoadedContract,
  operations: DartOperation[],
): string {
  const comment = `<!--\n${headerLines(CLIENT_TARGET).join('\n')}\n-->`;
  return `${comment}

# ${config.packageName}

${config.description}

Dart models and an HTTP client for **${contract.info.title}** (API version
${contract.info.version}), generated from the Zod contract in \`packages/contract\`, the same
contract the server validates with. Do not edit these files: your changes would be overwritten,
and CI would fail first.

## Use it

Depend on it by path from a Flutter or Dart app (here, one two folders down such as
\`apps/mobile\`):

\`\`\`yaml
dependencies:
  ${config.packageName}:
    path: ../../${config.packageDir}
\`\`\`

\`\`\`dart
import 'package:${config.packageName}/${config.packageName}.dart';

Future<void> main() async {
  String? token; // the session token the API gave at log-in, if any
  final api = ApiClient(
    // The API root, version prefix included.
    baseUri: Uri.parse('http://localhost:3000/api/v1'),
    // Asked before every signed-in operation; null sends no token.
    tokenProvider: () => token,
  );
  try {
${exampleCall(operations)}  } on ApiException catch (e) {
    // e.error is the API's typed error: switch on e.error.code.
    print('\${e.statusCode}: \${e.error.message}');
  } finally {
    api.close();
  }
}
\`\`\`

- Path parameters and request bodies are positional arguments; query parameters are named.
- Bodies are the contract's input models; responses are decoded with the output models'
  \`fromJson\`, which throws \`FormatException\` (naming the model and the JSON path) on a payload
  that breaks the contract.
- Any status outside 2xx throws \`ApiException\` with the status and the typed \`ApiError\`; a body
  that is not an \`ApiError\` still gives one, with code \`INTERNAL\` and the raw text in \`body\`.
- Operations marked signed-in below send the token \`tokenProvider\` returns as
  \`Authorization: Bearer <token>\` (public ones never ask for it). A 401 throws
  \`UnauthenticatedException\` (no token, or one expired or logged out): catch it near the top of
  the app, forget the session and show the log-in screen. A 426 throws \`UpdateRequiredException\`.
- Enums and tagged unions decode values added to the API later as \`unknown\` / \`Unknown…\`
  instead of throwing, so an app in users' hands survives a newer server.
- Pass \`httpClient:\` to share a client or to test with \`MockClient\` from
  \`package:http/testing.dart\`; \`close()\` only closes a client it created.

## Operations

| Method | HTTP | Returns | Access |
| --- | --- | --- | --- |
${operations.map(operationRow).join('\n')}

## Tests

\`test/vectors/\` holds JSON vectors generated from each model's Zod schema and checked against
it; \`dart test\` replays them against these models:

- **valid**: Zod accepts the payload; the model decodes it and \`toJson()\` gives \`expected\`
  (defaults filled in, unknown fields dropped, instants in UTC as
  \`DateTime.toUtc().toIso8601String()\` writes them).
- **invalid**: wrong JSON types, missing or null required values, instants without a zone; the
  model throws \`FormatException\`.
- **tolerated**: Zod rejects a limit (length, range, size, format) or a UTC offset; the model
  decodes it anyway. Limits are the server's to enforce, so a server that raises one does not
  break apps already installed.
- **forward**: enum values and union variants from a newer contract; the model keeps and writes
  back what it received.

An entry with \`base\` is an edge case stored as its one change to the valid vector of that
name (\`value\` or \`absent\` at \`path\`); the test applies it before decoding.

## Regenerate

From the repository root, after changing the contract:

\`\`\`sh
${REGENERATE_COMMAND}
\`\`\`

CI runs \`${REGENERATE_COMMAND} --check\`, which fails when this package no longer matches the
contract.
`;
}
