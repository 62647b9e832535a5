// An esbuild plugin for the server's bundle: Zod's `locales` namespace (z.locales.de() and
// 60 more) is re-exported by `zod` itself, so every locale is bundled although the server only
// uses English, Zod's default: ~360 KB of the 730 KB Zod adds to dist/main.js, parsed at every
// start. In the bundle, every other locale is a function that throws naming this file: code
// that would switch Zod's language fails at once and says why, instead of silently staying
// English. (Under tsx, in dev and tests, Zod is untouched.)
import { readFile } from 'node:fs/promises';

const line = /^export \{ default as (\w+) \} from "\.\/([\w-]+)\.js";$/;

/** zod/v4/locales/index.js with `en` kept and every other locale a throwing stand-in. */
export function englishOnlyZodLocales(source, path = 'zod/v4/locales/index.js') {
  const lines = source.trim().split('\n');
  const names = lines.map((text) => line.exec(text.trim()));
  if (names.some((match) => match === null) || !names.some((match) => match?.[1] === 'en')) {
    // A new Zod changed the file's shape: fail the build rather than guess.
    throw new Error(`${path}: unexpected shape; update scripts/english-only-zod.mjs for this Zod`);
  }
  return names
    .map(([, name, file]) =>
      name === 'en'
        ? `export { default as en } from "./${file}.js";`
        : `export const ${name} = () => { throw new Error("Zod locale ${name} is not in the server bundle (scripts/english-only-zod.mjs)"); };`,
    )
    .join('\n');
}

export const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, async (args) => ({
      contents: englishOnlyZodLocales(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
      resolveDir: args.path.replace(/[\\/][^\\/]+$/, ''),
    }));
  },
};
