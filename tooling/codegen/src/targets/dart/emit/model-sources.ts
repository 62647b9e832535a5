import type { DartFileIR } from '../model/ir.js';
import { DECODED_FIELDS_FILE, emitDecodedFields } from './decoded-fields.js';
import { DeclarationIndex, emitFile } from './file.js';
import { emitModelTests, MODEL_TESTS_FILE } from './model-tests.js';

/**
 * The Dart text of the model files, and of the two test files generated from all of them:
 * path (relative to the package) -> source, each ending in one newline.
 */
export function emitModelSources(files: DartFileIR[]): Map<string, string> {
  const index = new DeclarationIndex(files);
  const sources = new Map<string, string>();
  const add = (path: string, text: string) => sources.set(path, `${text.trimEnd()}\n`);
  for (const file of files) add(file.path, emitFile(file, files, index));
  add(MODEL_TESTS_FILE, emitModelTests(files));
  add(DECODED_FIELDS_FILE, emitDecodedFields(files));
  return sources;
}
