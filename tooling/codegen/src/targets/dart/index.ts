import { posix } from 'node:path';
import type { GeneratedFile, Target } from '../../pipeline/types.js';
import { barrelSource } from './barrel.js';
import { generateDartPackageFiles, PACKAGE_FILES } from './client/index.js';
import { generateDartModels } from './models.js';
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
    files: PACKAGE_FILES.filter((file) => !file.startsWith('lib/')).map((file) =>
      posix.join(config.dart.packageDir, file),
    ),
  }),
  async generate(context) {
    const { packageDir, packageName, description } = context.config.dart;
    const models = await generateDartModels(context.contract.schemas.components);
    const libraries = [...models]
      .filter(([, source]) => !isPart(source))
      .map(([path]) => posix.relative('lib', path));
    const files: GeneratedFile[] = [
      ...[...models].map(([path, contents]) => ({ path: posix.join(packageDir, path), contents })),
      { path: posix.join(packageDir, JSON_HELPERS_FILE), contents: jsonHelpersSource() },
      {
        path: posix.join(packageDir, 'lib', `${packageName}.dart`),
        contents: barrelSource(description, libraries),
      },
      ...(await generateDartPackageFiles(context)),
    ];
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};
