import { posix } from 'node:path';
import {
  MODELS_WORKER,
  runInBackground,
  startBackgroundWorkers,
} from '../../pipeline/background/index.js';
import { parsedInBackground } from '../../pipeline/background/parse-dart.js';
import type { GeneratedFile, Target } from '../../pipeline/types.js';
import { barrelSource } from './barrel.js';
import { generateDartPackageFiles, PACKAGE_FILES } from './client/index.js';
import { checkFallbackNames } from './client/render-exception.js';
import { DECODED_FIELDS_FILE } from './emit/decoded-fields.js';
import { MODEL_TESTS_FILE, PACKAGE_PLACEHOLDER } from './emit/model-tests.js';
import { JSON_HELPERS_FILE, jsonHelpersSource } from './runtime/json-helpers.js';

/** A `part of` file cannot be exported; its library brings it. */
const isPart = (source: string) => /^part of '/m.test(source);

/**
 * The Dart package (packages/dart_client by default): one file per model under
 * lib/src/models/, the JSON helpers, the barrel, and the API client and package files.
 */
export const dartTarget: Target = {
  name: 'dart',
  owns: (config) => ({
    dirs: [posix.join(config.dart.packageDir, 'lib')],
    files: [
      ...PACKAGE_FILES.filter((file) => !file.startsWith('lib/')),
      MODEL_TESTS_FILE,
      DECODED_FIELDS_FILE,
    ].map((file) => posix.join(config.dart.packageDir, file)),
  }),
  // The models (quicktype, the slowest part of a run) are rendered, and parsed when the run has
  // the syntax gate, on the models worker while the main thread builds the vectors; the other
  // Dart files are parsed on the types worker, as soon as they are made.
  prepare: startBackgroundWorkers,
  async generate(context) {
    const { packageDir, packageName, description } = context.config.dart;
    const rendering = runInBackground(
      'dartModels',
      { components: context.contract.schemas.components, packageDir, parse: context.parseDart },
      MODELS_WORKER,
    );
    // Avoids an unhandled rejection while the package files below are rendered; awaited next.
    rendering.catch(() => {});
    let packageFiles: GeneratedFile[];
    try {
      packageFiles = await parsedInBackground(
        await generateDartPackageFiles(context),
        context.parseDart,
      );
    } catch (error) {
      // The models were rendered first before they moved to the worker: their error wins.
      await rendering;
      throw error;
    }
    const rendered = await rendering;
    // The API exception builds its fallback error with the models' Dart names.
    checkFallbackNames(
      context.contract.schemas.components,
      new Map(rendered.map((model) => [model.path, model.contents])),
    );
    const models = rendered.map((model) => ({
      ...model,
      path: posix.join(packageDir, model.path),
      // The models' tests import the package, whose name the models worker does not know.
      contents:
        model.path === MODEL_TESTS_FILE || model.path === DECODED_FIELDS_FILE
          ? model.contents.replaceAll(PACKAGE_PLACEHOLDER, packageName)
          : model.contents,
    }));
    const libraries = models
      .filter((model) => model.path.startsWith(posix.join(packageDir, 'lib/')))
      .filter((model) => !isPart(model.contents))
      .map((model) => posix.relative(posix.join(packageDir, 'lib'), model.path));
    const files: GeneratedFile[] = [
      ...models,
      ...(await parsedInBackground(
        [
          { path: posix.join(packageDir, JSON_HELPERS_FILE), contents: jsonHelpersSource() },
          {
            path: posix.join(packageDir, 'lib', `${packageName}.dart`),
            contents: barrelSource(description, libraries),
          },
        ],
        context.parseDart,
      )),
      ...packageFiles,
    ];
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};
