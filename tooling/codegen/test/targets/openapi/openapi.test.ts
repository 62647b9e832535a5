import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_MARKER_KEY,
  openapiTarget,
  withoutMarker,
} from '../../../src/targets/openapi/index.js';
import { repoContext } from '../../helpers/contract.js';
import { REPO_ROOT } from '../../helpers/temp-repo.js';

describe('openapi target', () => {
  it('writes the contract document with a generated marker first, byte-stable across runs', async () => {
    const context = await repoContext();
    const [first] = await openapiTarget.generate(context);
    const [second] = await openapiTarget.generate(context);
    expect(first?.path).toBe('packages/contract/openapi.json');
    expect(second?.contents).toBe(first?.contents);
    const parsed = JSON.parse(first?.contents ?? '');
    expect(Object.keys(parsed)[0]).toBe(GENERATED_MARKER_KEY);
    expect(parsed[GENERATED_MARKER_KEY]).toContain('DO NOT EDIT');
    expect(parsed[GENERATED_MARKER_KEY]).toContain('pnpm codegen');
    expect(withoutMarker(parsed)).toEqual(context.contract.document);
    expect(first?.contents.endsWith('}\n')).toBe(true);
  });

  it('matches the committed openapi.json byte for byte', async () => {
    const [file] = await openapiTarget.generate(await repoContext());
    expect(readFileSync(join(REPO_ROOT, 'packages/contract/openapi.json'), 'utf8')).toBe(
      file?.contents,
    );
  });

  const apiEntry = join(REPO_ROOT, 'apps/api/src/index.ts');
  it('equals what the running server serves at /openapi.json (minus the marker)', {
    timeout: 60_000,
  }, async () => {
    const { startServer } = (await import(apiEntry)) as {
      startServer: (overrides?: object) => Promise<{ url: string; close: () => Promise<void> }>;
    };
    const server = await startServer();
    try {
      const response = await fetch(new URL('/openapi.json', server.url));
      expect(response.status).toBe(200);
      const committed = JSON.parse(
        readFileSync(join(REPO_ROOT, 'packages/contract/openapi.json'), 'utf8'),
      );
      expect(await response.json()).toEqual(withoutMarker(committed));
    } finally {
      await server.close();
    }
  });
});
