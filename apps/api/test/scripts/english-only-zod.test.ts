import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishOnlyZod, englishOnlyZodLocales } from '../../scripts/english-only-zod.mjs';
import { importBundled, removeBundles } from '../helpers/bundle.js';

// The bundle keeps only Zod's English locale (scripts/english-only-zod.mjs). Bundled with the
// plugin, Zod must word errors exactly as it does unbundled, and asking for another locale
// must fail loudly rather than quietly stay English.
const require = createRequire(import.meta.url);
const localesIndex = join(
  require.resolve('zod').replace(/[\\/][^\\/]+$/, ''),
  'v4/locales/index.js',
);

afterAll(removeBundles);

describe('english-only-zod (scripts/build.mjs plugin)', () => {
  it('keeps en and turns every other locale of the installed Zod into a thrower', async () => {
    const patched = englishOnlyZodLocales(await readFile(localesIndex, 'utf8'));
    expect(patched).toContain('export { default as en } from "./en.js";');
    expect(patched).not.toMatch(/from "\.\/(?!en\.js)/);
    expect(patched).toContain('export const de = () => { throw');
  });

  it('bundled: the same English errors as Zod unbundled; another locale throws', async () => {
    const bundled = await importBundled(
      `import { z } from 'zod';
export const issues = z.object({ a: z.string().max(2), b: z.int() }).safeParse({ a: 'abc', b: 1.5 }).error?.issues;
export const other = () => z.config(z.locales.de());`,
      { plugins: [englishOnlyZod] },
    );
    const unbundled = z.object({ a: z.string().max(2), b: z.int() }).safeParse({ a: 'abc', b: 1.5 })
      .error?.issues;
    expect(bundled.issues).toEqual(unbundled);
    expect(bundled.other).toThrow(/locale de is not in the server bundle/);
  });

  it('fails loudly when the locales file changed shape', () => {
    expect(() => englishOnlyZodLocales('export * from "./x.js";')).toThrow(/unexpected shape/);
  });
});
