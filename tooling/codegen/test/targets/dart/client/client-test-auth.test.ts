import { beforeAll, describe, expect, it } from 'vitest';
import { checkDartSyntax } from '../../../../src/dart-syntax/index.js';
import type { TargetContext } from '../../../../src/pipeline/types.js';
import { dartOperations } from '../../../../src/targets/dart/client/operations.js';
import { renderApiClientTest } from '../../../../src/targets/vectors/render-client-test.js';
import { exampleContext } from './contract-fixture.js';

/**
 * The generated test/api_client_test.dart checks the client's authentication in Dart (no Dart
 * SDK runs here, so these pin what it checks): the bearer header per operation as the route
 * table declares it, none without a token, and 401 as UnauthenticatedException.
 */
let context: TargetContext;
let source: string;

/** The body of the generated `test('<title>', ...)` whose title starts with `title`. */
function testBody(title: string): string {
  const start = source.indexOf(`    test('${title}`);
  if (start < 0) throw new Error(`no generated test ${title}`);
  return source.slice(start, source.indexOf('\n    });\n', start));
}

beforeAll(async () => {
  context = await exampleContext();
  const { contract, config } = context;
  source = renderApiClientTest(config.dart.packageName, dartOperations(contract), contract);
});

describe('the generated ApiClient test: authentication', () => {
  it('expects the bearer token on signed-in operations and none on public ones', () => {
    const routes = Object.entries(context.contract.routes);
    expect(routes.filter(([, route]) => route.access === 'public').length).toBeGreaterThan(0);
    for (const [name, route] of routes) {
      const body = testBody(`${name}: ${route.method} `);
      const expected =
        route.access === 'signed-in'
          ? "expect(request.headers['authorization'], 'Bearer $_token');"
          : "expect(request.headers['authorization'], isNull);";
      expect(body, name).toContain(expected);
    }
  });

  it('gives every client a token provider, and no longer sends a token through headers', () => {
    expect(source).toContain("const _token = 'test-token';");
    expect(source).toContain('String? _testToken() => _token;');
    expect(source).toContain('  TokenProvider? tokenProvider = _testToken,\n');
    expect(source).toContain('    tokenProvider: tokenProvider,\n');
    // The shared check would hide a public operation that sends a token.
    expect(source).not.toMatch(/expect\(request\.headers\['authorization'\], _token\)/);
    expect(source).not.toContain("headers: () => {'authorization'");
  });

  it('checks that the provider is asked on every request and that null sends no header', () => {
    const body = testBody('asks for the token on every request; null sends none');
    expect(body).toContain('tokenProvider: () => token,');
    expect(body).toMatch(/await api\.\w+\([^)]*\);\n\s+token = null;\n\s+await api\.\w+\(/);
    expect(body).toContain("expect(sent, ['Bearer first-token', null]);");
    // On an operation that needs the token, or the null case would prove nothing.
    const call = /await api\.(\w+)\(/.exec(body)?.[1] as string;
    expect(context.contract.routes[call]?.access).toBe('signed-in');
  });

  it('expects UnauthenticatedException for a 401, with or without a readable body', () => {
    const typed = testBody('401: UnauthenticatedException');
    expect(typed).toContain('status: 401,');
    expect(typed).toContain("'code': 'UNAUTHENTICATED',");
    expect(typed).toContain('isA<UnauthenticatedException>()');
    expect(typed).toContain(".having((e) => e.statusCode, 'statusCode', 401)");
    const unreadable = testBody('401 with an unreadable body: UnauthenticatedException');
    expect(unreadable).toContain("ApiException.fromResponse(401, '<html>Sign in</html>');");
    expect(unreadable).toContain('expect(expired, isA<UnauthenticatedException>());');
    expect(unreadable).toContain('expect(forbidden, isNot(isA<UnauthenticatedException>()));');
  });

  it('parses, within 80 columns below the header', async () => {
    expect(await checkDartSyntax('api_client_test.dart', source)).toEqual([]);
    const long = source
      .split('\n')
      .slice(3)
      .filter((line) => [...line].length > 80);
    expect(long).toEqual([]);
  });
});
