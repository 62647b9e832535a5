import { describe, expect, it } from 'vitest';
import { supportedSnapshots } from '../../src/breaking/snapshot-files.js';
import { compareVersions, parseVersion, requireVersion } from '../../src/breaking/version.js';

const v = (text: string) => {
  const version = parseVersion(text);
  if (!version) throw new Error(`not a version: ${text}`);
  return version;
};

describe('app versions', () => {
  it.each(['1.0.0', '10.20.30', '1.4.0-beta.2', '1.4.0+37', '2.0.0-rc.1+5'])(
    'accepts %s',
    (text) => {
      expect(parseVersion(text)?.text).toBe(text);
    },
  );

  it.each(['v1.0.0', '1.0', '1.0.0.0', '../1.0.0', '1.0.0/x', '', '1.0.0-'])(
    'rejects %j',
    (text) => {
      expect(parseVersion(text)).toBeUndefined();
      expect(() => requireVersion(text, 'the version')).toThrow(/app version like 1\.4\.0/);
    },
  );

  it('orders by semver, pre-releases first, then Flutter build numbers', () => {
    const sorted = [
      '1.10.0',
      '1.2.0',
      '1.2.0-beta.10',
      '1.2.0-beta.2',
      '1.2.0+12',
      '1.2.0+3',
      '0.9.9',
    ]
      .map(v)
      .sort(compareVersions)
      .map((version) => version.text);
    expect(sorted).toEqual([
      '0.9.9',
      '1.2.0-beta.2',
      '1.2.0-beta.10',
      '1.2.0',
      '1.2.0+3',
      '1.2.0+12',
      '1.10.0',
    ]);
  });
});

describe('supported snapshots', () => {
  const files = ['1.0.0', '1.1.0-beta.1', '1.1.0', '2.0.0'].map((text) => ({
    version: v(text),
    path: `snapshots/${text}.json`,
  }));
  const kept = (minimum: string | undefined) =>
    supportedSnapshots(files, minimum === undefined ? undefined : v(minimum)).map(
      (file) => file.version.text,
    );

  it('keeps the minimum supported version and newer ones', () => {
    expect(kept('1.1.0')).toEqual(['1.1.0', '2.0.0']);
    expect(kept('1.1.0-beta.1')).toEqual(['1.1.0-beta.1', '1.1.0', '2.0.0']);
    expect(kept('3.0.0')).toEqual([]);
  });

  it('keeps all without a minimum', () => {
    expect(kept(undefined)).toHaveLength(4);
  });
});
