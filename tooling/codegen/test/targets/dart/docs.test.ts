import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildContractSchemas, routes } from '@acme/contract';
import { describe, expect, it } from 'vitest';
import { generateDartPackageFiles } from '../../../src/targets/dart/client/index.js';
import { generateDartModels } from '../../../src/targets/dart/models.js';
import { REPO_ROOT } from '../../helpers/temp-repo.js';
import { exampleContext } from './client/contract-fixture.js';
import { quicktypeDefaultDart } from './quicktype-default.js';

/**
 * docs/dart-output.md quotes quicktype's default output and this project's output side by
 * side; every quoted excerpt must still occur, line for line, in the output it is quoted from.
 */
async function excerpts(kind: 'quicktype' | 'tether'): Promise<string[]> {
  const doc = await readFile(join(REPO_ROOT, 'docs', 'dart-output.md'), 'utf8');
  const blocks = [...doc.matchAll(new RegExp(`\`\`\`dart ${kind}\\n([\\s\\S]*?)\`\`\``, 'g'))];
  return blocks.flatMap((block) =>
    (block[1] ?? '')
      .split(/^\/\/ \.\.\.\n/m)
      .map((segment) => segment.replace(/\n$/, ''))
      .filter(Boolean),
  );
}

describe('docs/dart-output.md', () => {
  const components = buildContractSchemas(routes).components;

  it("quotes quicktype's default Dart output verbatim", async () => {
    const output = await quicktypeDefaultDart(components);
    const quoted = await excerpts('quicktype');
    expect(quoted.length).toBeGreaterThan(5);
    for (const excerpt of quoted) expect(output).toContain(excerpt);
  });

  it("quotes this project's Dart output verbatim", async () => {
    // The models, and the client and its exception (quoted in the sign-in section).
    const client = await generateDartPackageFiles(await exampleContext());
    const files = [
      ...(await generateDartModels(components)).values(),
      ...client.filter(({ path }) => path.endsWith('.dart')).map(({ contents }) => contents),
    ];
    const quoted = await excerpts('tether');
    expect(quoted.length).toBeGreaterThan(10);
    for (const excerpt of quoted) {
      expect(
        files.some((source) => source.includes(excerpt)),
        `not in any generated file:\n${excerpt}`,
      ).toBe(true);
    }
  });
});
