import { describe, expect, it } from 'vitest';
import { renamePath, renameText } from '../src/rename.js';

const from = { scope: '@old', projectName: 'widget', dartPackage: 'old_api' };
const to = { scope: '@myco', projectName: 'task-board', dartPackage: 'board_api' };
const renames = { from, to };

describe('renameText', () => {
  it('renames the scope in package names, dependencies, scripts and imports', () => {
    const packageJson = `{
  "name": "@old/api",
  "scripts": { "start": "turbo run build --filter=@old/api... && pnpm --filter @old/api start" },
  "dependencies": { "@old/contract": "workspace:*", "@other/old": "1.0.0" }
}`;
    expect(renameText('apps/api/package.json', packageJson, renames)).toBe(`{
  "name": "@myco/api",
  "scripts": { "start": "turbo run build --filter=@myco/api... && pnpm --filter @myco/api start" },
  "dependencies": { "@myco/contract": "workspace:*", "@other/old": "1.0.0" }
}`);
    expect(renameText('a.ts', "import { routes } from '@old/contract';", renames)).toBe(
      "import { routes } from '@myco/contract';",
    );
  });

  it('leaves lookalikes of the scope alone', () => {
    const text = 'foo@old/x @older/x x@old/y';
    expect(renameText('a.md', text, renames)).toBe(text);
  });

  it('renames the Dart package as a whole word only', () => {
    const dart = "import 'package:old_api/old_api.dart';\n// old_api_extra and my_old_api stay\n";
    expect(renameText('lib/main.dart', dart, renames)).toBe(
      "import 'package:board_api/board_api.dart';\n// old_api_extra and my_old_api stay\n",
    );
    expect(
      renameText('pubspec.yaml', '  old_api:\n    path: ../../packages/dart_client\n', renames),
    ).toBe('  board_api:\n    path: ../../packages/dart_client\n');
  });

  it('renames the project name in each of its forms', () => {
    expect(renameText('README.md', '# Widget\nwidget is great; widgets are not', renames)).toBe(
      '# Task Board\ntask-board is great; widgets are not',
    );
    expect(renameText('.ci/run', 'CREATE DATABASE widget_ci; WIDGET_PORT=1', renames)).toBe(
      'CREATE DATABASE task_board_ci; TASK_BOARD_PORT=1',
    );
    expect(renameText('apps/mobile/pubspec.yaml', 'name: widget_mobile', renames)).toBe(
      'name: task_board_mobile',
    );
    // In Dart and pubspec files a bare name is an identifier: snake_case.
    expect(renameText('lib/a.dart', '// see widget', renames)).toBe('// see task_board');
  });

  it('never rewrites what another rule just produced', () => {
    const chained = {
      from,
      to: { scope: '@widget-labs', projectName: 'old', dartPackage: 'widget_api' },
    };
    expect(renameText('a.ts', "'@old/x' old_api widget", chained)).toBe(
      "'@widget-labs/x' widget_api old",
    );
  });

  it('renames multi-word project names from every form', () => {
    const back = { from: to, to: from };
    expect(renameText('a.md', 'Task Board: task-board, task_board_ci, TASK_BOARD', back)).toBe(
      'Widget: widget, widget_ci, WIDGET',
    );
  });

  it('changes nothing when the names stay', () => {
    const text = "'@old/x' old_api Widget widget_ci";
    expect(renameText('a.ts', text, { from, to: from })).toBe(text);
  });
});

describe('renamePath', () => {
  it('moves files named after the Dart package', () => {
    expect(renamePath('packages/dart_client/lib/old_api.dart', renames)).toBe(
      'packages/dart_client/lib/board_api.dart',
    );
    expect(renamePath('packages/contract/src/index.ts', renames)).toBe(
      'packages/contract/src/index.ts',
    );
  });
});
