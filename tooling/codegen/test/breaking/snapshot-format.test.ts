import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONSERVATIVE_FEATURES } from '../../src/breaking/features.js';
import { parseSnapshot } from '../../src/breaking/snapshot-files.js';
import { stableJson } from '../../src/breaking/stable-json.js';
import { accepts, responds, snapshotOf } from './fixture.js';
import { REPO_ROOT } from './temp-repo.js';

const fixture = () =>
  snapshotOf(() => ({
    ...responds({ a: z.string().max(5), at: z.iso.datetime() }),
    ...accepts({ b: z.number().int().default(1) }),
  }));

describe('snapshot files', () => {
  it('serialize deterministically, keyed and sorted, with the decoder features of today', () => {
    const text = stableJson(fixture());
    expect(stableJson(fixture())).toBe(text);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      'appVersion',
      'dartFeatures',
      'models',
      'routes',
      'snapshotFormat',
    ]);
    expect(parsed.dartFeatures).toMatchObject({
      enumUnknownFallback: true,
      unionUnknownVariant: true,
      defaultsOnAbsent: true,
    });
    expect(parsed.routes.getThing).toMatchObject({
      method: 'GET',
      response: 'Thing',
      body: null,
      error: 'ApiError',
    });
    expect(parsed.routes.createThing.body).toBe('ThingInput');
    // Defaulted: required in what the server sends is not asked of what it accepts.
    expect(parsed.models.ThingInput.input.required ?? []).not.toContain('b');
    expect(parsed.models.ApiError.output.properties.code.$ref).toBe('#/models/ErrorCode/output');
  });

  it('are laid out as the repository formatter would, so `biome check` passes on them', () => {
    const text = stableJson({
      ...fixture(),
      extra: { long: Array.from({ length: 30 }, (_, i) => `value-${i}`), none: [], empty: {} },
    });
    const biome = join(REPO_ROOT, 'node_modules', '.bin', 'biome');
    const formatted = execFileSync(biome, ['format', '--stdin-file-path=snapshots/1.0.0.json'], {
      input: text,
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(text).toContain('"required": ["a", "at"]');
    expect(formatted).toBe(text);
  });

  it('assume the strict decoder for features an older snapshot does not record', () => {
    const raw = JSON.parse(stableJson(fixture()));
    raw.dartFeatures = {};
    expect(parseSnapshot(JSON.stringify(raw), 'old.json').dartFeatures).toEqual(
      CONSERVATIVE_FEATURES,
    );
  });

  it.each([
    ['not JSON', () => '{"snapshotFormat": 1,', /not JSON/],
    [
      'an unknown format',
      (raw: Record<string, unknown>) => JSON.stringify({ ...raw, snapshotFormat: 2 }),
      /snapshotFormat/,
    ],
    [
      'a dangling reference',
      (raw: Record<string, unknown>) =>
        JSON.stringify(raw).replace('#/models/ErrorCode/output', '#/models/Gone/output'),
      /Gone\/output does not name a model shape/,
    ],
    [
      'a route naming a missing model',
      (raw: Record<string, unknown>) =>
        JSON.stringify(raw).replace('"response":"Thing"', '"response":"Ghost"'),
      /Ghost has no output shape/,
    ],
  ] as const)('refuse %s', (_name, mutate, message) => {
    const raw = JSON.parse(stableJson(fixture())) as Record<string, unknown>;
    expect(() => parseSnapshot(mutate(raw), 'packages/contract/snapshots/1.0.0.json')).toThrow(
      message,
    );
  });

  it('refuse a file whose name and recorded version disagree', () => {
    expect(() => parseSnapshot(stableJson(fixture()), 'snapshots/2.0.0.json')).toThrow(
      /file name says 2\.0\.0 but the snapshot records app version 1\.0\.0/,
    );
  });
});
