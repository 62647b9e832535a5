// scripts/build.mjs: what the prebuilt CLI is built from, and what it bundles.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  INLINED_PACKAGES,
  installedPackagesFile,
  sourceHash,
} from '../../scripts/build.mjs';

describe('the prebuilt CLI bundle', () => {
  it('hashes the installed packages, so that an update rebuilds it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'codegen-build-'));
    try {
      const installed = join(dir, 'lock.yaml');
      await writeFile(installed, 'quicktype-core@26.0.0\n');
      const before = sourceHash({ installed });
      expect(sourceHash({ installed })).toBe(before);
      await writeFile(installed, 'quicktype-core@26.0.1\n');
      expect(sourceHash({ installed })).not.toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("finds pnpm's record of the installed packages", () => {
    expect(installedPackagesFile()).toMatch(/node_modules[\\/]\.pnpm[\\/]lock\.yaml$/);
  });

  it('carries the inlined packages inside and imports every other package', {
    timeout: 120_000,
  }, async () => {
    const dist = dirname(await ensureBuilt());
    const files = (await readdir(dist)).filter((file) => file.endsWith('.mjs'));
    const texts = await Promise.all(files.map((file) => readFile(join(dist, file), 'utf8')));
    const imported = new Set(
      texts.flatMap((text) =>
        [...text.matchAll(/(?:from|import\()\s*["']([^"'./][^"']*)["']/g)].map((match) => match[1]),
      ),
    );
    for (const name of INLINED_PACKAGES) expect(imported).not.toContain(name);
    expect(imported).toContain('zod');
    // The inlined code is there: quicktype-core's Dart renderer, by its class name.
    expect(texts.some((text) => /\bDartRenderer = class\b/.test(text))).toBe(true);
  });
});
