import { describe, expect, it } from 'vitest';
import { identityErrors, titleCase } from '../src/names.js';

const valid = { scope: '@myco', projectName: 'myapp', dartPackage: 'myapp_api' };

describe('identityErrors', () => {
  it('accepts valid names', () => {
    expect(identityErrors(valid)).toEqual([]);
    expect(
      identityErrors({ scope: '@my.co-2', projectName: 'task-board', dartPackage: 'tb2_api' }),
    ).toEqual([]);
  });

  it.each([
    ['myco', '--scope: "myco" must start with "@"'],
    ['@MyCo', '--scope: "@MyCo" is not a valid npm scope'],
    ['@_co', '--scope: "@_co" is not a valid npm scope'],
    ['@my co', '--scope: "@my co" is not a valid npm scope'],
    [`@${'a'.repeat(60)}`, 'is longer than 50 characters'],
  ])('rejects the scope %j', (scope, message) => {
    expect(identityErrors({ ...valid, scope })).toEqual([expect.stringContaining(message)]);
  });

  it.each(['MyApp', 'my_app', '1app', 'my--app', 'app-', ''])(
    'rejects the name %j',
    (projectName) => {
      expect(identityErrors({ ...valid, projectName })).toEqual([
        expect.stringMatching(/^--name: .* is not a valid project name/),
      ]);
    },
  );

  it.each([
    ['MyApi', 'is not a valid Dart package name'],
    ['my-api', 'is not a valid Dart package name'],
    ['_api', 'is not a valid Dart package name'],
    ['api_', 'is not a valid Dart package name'],
    ['2api', 'is not a valid Dart package name'],
    ['class', 'is a reserved word in Dart'],
    ['switch', 'is a reserved word in Dart'],
    ['flutter', 'is the name of an SDK package'],
    ['myapp_mobile', 'is the name of the Flutter example app'],
  ])('rejects the Dart package %j', (dartPackage, message) => {
    const [error] = identityErrors({ ...valid, dartPackage });
    expect(error).toMatch(/^--dart-package: /);
    expect(error).toContain(message);
  });

  it('reports every bad flag at once', () => {
    const errors = identityErrors({ scope: 'x', projectName: 'X', dartPackage: 'X' });
    expect(errors.map((error) => error.split(':')[0])).toEqual([
      '--scope',
      '--name',
      '--dart-package',
    ]);
  });
});

describe('titleCase', () => {
  it('turns kebab-case into words', () => {
    expect(titleCase('task-board')).toBe('Task Board');
    expect(titleCase('myapp')).toBe('Myapp');
  });
});
