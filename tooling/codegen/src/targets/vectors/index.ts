/**
 * The vectors target: the generated Dart package's contract tests. Per model, JSON payloads
 * judged by the model's Zod schema, with the JSON the Dart model must write back, and the Dart
 * test that replays them; and the ApiClient's test, whose payloads come from the same examples.
 */
import { posix } from 'node:path';
import { parsedInBackground } from '../../pipeline/background/parse-dart.js';
import type { GeneratedFile, LoadedContract, Target } from '../../pipeline/types.js';
import { isWarm } from '../../pipeline/warm.js';
import { dartOperations } from '../dart/client/operations.js';
import { anyDeprecated } from '../dart/emit/deprecations.js';
import { dartTypeName, snakeCase } from '../dart/naming.js';
import { buildVectors, type ComponentVectors } from './build-vectors.js';
import { type DecodedType, decodedTypeOf } from './decoded.js';
import { vectorFileKeys } from './memo-keys.js';
import { renderApiClientTest } from './render-client-test.js';
import { renderVectorsTest, type VectorModel } from './render-dart-test.js';
import { renderVectorFile } from './render-file.js';
import { VectorFileMemo } from './vector-file-memo.js';
import { zodOfComponent } from './zod-models.js';

export const VECTORS_DIR = 'test/vectors';
export const VECTORS_TEST = 'test/vectors_test.dart';
export const CLIENT_TEST = 'test/api_client_test.dart';

export interface ModelVectors extends VectorModel {
  vectors: ComponentVectors;
}

/** Every component with vectors, in component order. */
function vectorModels(contract: LoadedContract): VectorModel[] {
  return Object.keys(contract.document.components.schemas)
    .sort()
    .map((component) => {
      const dartType = dartTypeName(component);
      return { component, dartType, file: `${snakeCase(dartType)}.json` };
    });
}

/** The vectors of every component, in component order. */
export function contractVectors(contract: LoadedContract): ModelVectors[] {
  return vectorModels(contract).map((model) => ({ ...model, vectors: vectorsOf(contract, model) }));
}

const vectorsOf = (contract: LoadedContract, model: VectorModel) =>
  buildVectors(
    model.component,
    contract.document.components.schemas,
    zodOfComponent(contract, model.component),
  );

/** The vector files of a watch session, kept between its runs (see vector-file-memo.ts). */
export const sessionMemo = new VectorFileMemo();

export const vectorsTarget: Target = {
  name: 'vectors',
  owns: (config) => ({
    dirs: [posix.join(config.dart.packageDir, VECTORS_DIR)],
    files: [VECTORS_TEST, CLIENT_TEST].map((file) => posix.join(config.dart.packageDir, file)),
  }),
  async generate({ config, contract, parseDart }) {
    const { packageDir, packageName } = config.dart;
    const models = vectorModels(contract);
    // The Dart tests first: parsed (with the syntax gate) on a worker while the vectors are built.
    const tests = parsedInBackground(
      [
        {
          path: posix.join(packageDir, VECTORS_TEST),
          contents: renderVectorsTest(
            packageName,
            VECTORS_DIR,
            models,
            anyDeprecated(contract.document),
          ),
        },
        {
          path: posix.join(packageDir, CLIENT_TEST),
          contents: renderApiClientTest(packageName, dartOperations(contract), contract),
        },
      ],
      parseDart,
    );
    // Awaited below; until then a failure of the vectors must not leave it unhandled.
    tests.catch(() => {});
    // What each model holds decoded, from its schema: written to its file, and every vector's
    // expected checked against it (a model's fields refer to other models by name).
    const components = contract.document.components.schemas;
    const decodedTypes = new Map<string, DecodedType>();
    const typeOf = (component: string) => {
      let type = decodedTypes.get(component);
      if (type === undefined) {
        type = decodedTypeOf(component, components);
        decodedTypes.set(component, type);
      }
      return type;
    };
    // Each model's vectors rendered as soon as built: only the text stays in memory (all the
    // vectors of a 200-model contract at once grew the heap into repeated full collections).
    const render = (model: VectorModel) =>
      renderVectorFile(
        model.component,
        model.dartType,
        vectorsOf(contract, model),
        typeOf(model.component),
        typeOf,
      );
    // A watch session renders again only the models whose definitions changed (the memo's
    // keys cover everything a file is made of); a one-shot run renders them all.
    const names = models.map((model) => model.component);
    const memo = isWarm() ? sessionMemo : undefined;
    const keys = memo && vectorFileKeys(contract, names);
    const files: GeneratedFile[] = models.map((model) => ({
      path: posix.join(packageDir, VECTORS_DIR, model.file),
      contents: memo
        ? memo.file(model.component, keys?.get(model.component), () => render(model))
        : render(model),
    }));
    memo?.keepOnly(new Set(names));
    files.push(...(await tests));
    return files;
  },
};
