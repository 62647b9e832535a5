import type { JsonSchema } from '@acme/contract';
import { analyzeContract } from './model/analyze.js';
import { ContractDartLanguage } from './quicktype/renderer.js';
import { runQuicktype } from './quicktype/run.js';

/**
 * The model files of the Dart package (paths relative to the package root, e.g.
 * `lib/src/models/task.dart`), from the contract's component schemas. Throws CodegenError
 * naming the model and field for any construct Dart cannot express faithfully.
 */
export async function generateDartModels(
  components: Record<string, JsonSchema>,
): Promise<Map<string, string>> {
  const analyzed = analyzeContract(components);
  return runQuicktype(analyzed.document, new ContractDartLanguage(analyzed));
}
