/**
 * The vectors target: per model, JSON payloads judged by the model's Zod schema, with the JSON
 * the Dart model must write back, and the Dart test that replays them (`dart test`).
 */
import { posix } from 'node:path';
import { CodegenError } from '../../errors.js';
import type { GeneratedFile, LoadedContract, Target } from '../../pipeline/types.js';
import { dartTypeName, snakeCase } from '../dart/naming.js';
import { buildVectors, type ComponentVectors } from './build-vectors.js';
import { renderVectorsTest, type VectorModel } from './render-dart-test.js';
import { renderVectorFile } from './render-file.js';

export const VECTORS_DIR = 'test/vectors';
export const VECTORS_TEST = 'test/vectors_test.dart';

/** The model id behind each component name (an input shape may have its own name). */
function modelIdsByComponent(contract: LoadedContract): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, shapes] of Object.entries(contract.schemas.models)) {
    if (shapes.output) ids.set(shapes.output, id);
    if (shapes.input) ids.set(shapes.input, id);
  }
  return ids;
}

export interface ModelVectors extends VectorModel {
  vectors: ComponentVectors;
}

/** The vectors of every component, in component order. */
export function contractVectors(contract: LoadedContract): ModelVectors[] {
  const components = contract.document.components.schemas;
  const ids = modelIdsByComponent(contract);
  return Object.keys(components)
    .sort()
    .map((component) => {
      const id = ids.get(component);
      const zod = id === undefined ? undefined : contract.zodModels.get(id);
      if (!zod) throw new CodegenError('no Zod schema behind this component', { model: component });
      const dartType = dartTypeName(component);
      return {
        component,
        dartType,
        file: `${snakeCase(dartType)}.json`,
        vectors: buildVectors(component, components, zod),
      };
    });
}

export const vectorsTarget: Target = {
  name: 'vectors',
  owns: (config) => ({
    dirs: [posix.join(config.dart.packageDir, VECTORS_DIR)],
    files: [posix.join(config.dart.packageDir, VECTORS_TEST)],
  }),
  async generate({ config, contract }) {
    const { packageDir, packageName } = config.dart;
    const models = contractVectors(contract);
    const files: GeneratedFile[] = models.map((model) => ({
      path: posix.join(packageDir, VECTORS_DIR, model.file),
      contents: renderVectorFile(model.component, model.dartType, model.vectors),
    }));
    files.push({
      path: posix.join(packageDir, VECTORS_TEST),
      contents: renderVectorsTest(packageName, VECTORS_DIR, models),
    });
    return files;
  },
};
