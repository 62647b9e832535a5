import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// Imported by path until @acme/codegen exports the Dart target (see the report to the lead).
import { loadConfig } from '../../codegen/src/config.js';
import { runTargets } from '../../codegen/src/pipeline/run-targets.js';
import { dartTarget } from '../../codegen/src/targets/dart/index.js';
import { callArguments, codeOnly, type DartSurface, readDartSurface } from './dart-surface.js';
import { REPO_ROOT, repoPath } from './paths.js';

/**
 * No Dart analyzer runs here, so this checks the seam most likely to break when the
 * contract or the generator changes: the names the app uses from the generated package.
 * The package is generated in memory from the current contract, so the check holds even
 * before anyone runs `pnpm codegen`.
 */
function appSources(dir = repoPath('apps/mobile')): { file: string; code: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'build') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appSources(path);
    if (!entry.name.endsWith('.dart')) return [];
    return [{ file: path.slice(REPO_ROOT.length + 1), code: codeOnly(readFileSync(path, 'utf8')) }];
  });
}

describe('apps/mobile against the generated Dart package', () => {
  let surface: DartSurface;
  const app = appSources();

  beforeAll(async () => {
    const config = await loadConfig(REPO_ROOT);
    const { files } = await runTargets(REPO_ROOT, config, [dartTarget]);
    surface = readDartSurface([...files.values()].map(String));
  }, 60_000);

  it('finds the generated API the app is written against', () => {
    expect(surface.enums.get('TaskStatus')).toContain('unknown');
    expect(surface.constructors.get('ApiClient')).toContain('baseUri');
    expect(surface.clientMethods).toContain('listTasks');
  });

  it('uses only enum members the generated enums have', () => {
    for (const { file, code } of app) {
      for (const [, name, member] of code.matchAll(/\b([A-Z]\w*)\.([a-z]\w*)\b/g)) {
        const members = surface.enums.get(name as string);
        if (!members) continue;
        expect.soft(members.has(member as string), `${file}: ${name}.${member}`).toBe(true);
      }
    }
  });

  it('calls only ApiClient methods that exist', () => {
    for (const { file, code } of app) {
      for (const [, method] of code.matchAll(/\bclient\.(\w+)\(/g)) {
        expect
          .soft(surface.clientMethods.has(method as string), `${file}: client.${method}`)
          .toBe(true);
      }
    }
  });

  it('passes only the named arguments the generated constructors declare', () => {
    let checked = 0;
    for (const { file, code } of app) {
      for (const match of code.matchAll(/\b([A-Z]\w*)\(/g)) {
        const parameters = surface.constructors.get(match[1] as string);
        if (!parameters) continue;
        checked++;
        const open = match.index + match[0].length - 1;
        const { named, positional } = callArguments(code, open);
        expect.soft(positional, `${file}: ${match[1]}(...) takes named arguments only`).toBe(0);
        for (const name of named) {
          expect.soft(parameters.has(name), `${file}: ${match[1]}(${name}: ...)`).toBe(true);
        }
      }
    }
    // ApiClient in main.dart and the fake server, CreateTaskInput in the create flow.
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
