import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureNames } from '../../src/breaking/features.js';
import { changeKinds } from '../../src/breaking/rules.js';
import { REPO_ROOT } from './temp-repo.js';

describe('docs/breaking-changes.md', () => {
  it('documents every rule and every decoder feature', async () => {
    const docs = await readFile(join(REPO_ROOT, 'docs', 'breaking-changes.md'), 'utf8');
    expect(changeKinds.filter((kind) => !docs.includes(`\`${kind}\``))).toEqual([]);
    expect(featureNames.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
