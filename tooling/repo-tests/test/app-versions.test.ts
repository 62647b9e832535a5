import { compareVersions, parseVersion } from '@acme/contract';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRepoFile } from './paths.js';

/**
 * The example apps must not be retired by their own server: the handshake refuses app versions
 * below breaking.minimumSupportedVersion with 426 (raising the minimum without bumping the apps
 * would ship apps that only show "update required").
 */
const minimum = (
  JSON.parse(readRepoFile('codegen.config.json')) as {
    breaking: { minimumSupportedVersion: string | null };
  }
).breaking.minimumSupportedVersion;

const apps = {
  'apps/mobile (pubspec.yaml)': (
    parse(readRepoFile('apps/mobile/pubspec.yaml')) as { version: string }
  ).version,
  'apps/web (package.json)': (
    JSON.parse(readRepoFile('apps/web/package.json')) as { version: string }
  ).version,
};

describe.skipIf(minimum === null)(`the example apps against the minimum ${minimum}`, () => {
  it.each(Object.entries(apps))('%s is served: %s', (_app, version) => {
    const parsed = parseVersion(version);
    expect(parsed, `${version} is no app version`).toBeDefined();
    const floor = parseVersion(minimum as string);
    expect(
      compareVersions(parsed as NonNullable<typeof parsed>, floor as NonNullable<typeof floor>),
    ).toBeGreaterThanOrEqual(0);
  });
});
