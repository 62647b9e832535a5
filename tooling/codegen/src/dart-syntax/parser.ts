import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

let parserPromise: Promise<Parser> | undefined;

/**
 * The tree-sitter Dart parser, loaded once. web-tree-sitter 0.25.10 with tree-sitter-wasms
 * 0.1.13 is the pair known to load this grammar (newer runtimes reject its ABI).
 */
export function dartParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const language = await Language.load(
      require.resolve('tree-sitter-wasms/out/tree-sitter-dart.wasm'),
    );
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}
