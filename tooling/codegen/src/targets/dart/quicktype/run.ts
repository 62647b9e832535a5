import {
  InputData,
  type JSONSchema,
  JSONSchemaInput,
  JSONSchemaStore,
  quicktypeMultiFile,
} from 'quicktype-core';
import type { AnalyzedContract } from '../model/analyze.js';
import type { DartFileIR } from '../model/ir.js';
import { ContractDartLanguage } from './renderer.js';

const DOCUMENT = 'contract.json';

/**
 * The store quicktype asks for any document it was not given: none. The contract is given
 * whole; quicktype's own fetching store would look for each address it cannot place on disk
 * (or the network) and throw, ~200 times for 200 models (~55 ms), and must never read a file.
 */
class NoDocuments extends JSONSchemaStore {
  override async fetch(_address: string): Promise<JSONSchema | undefined> {
    return undefined;
  }
}

/**
 * All components as ONE quicktype input: a single shared definitions document, with one
 * top-level per component pointing into it. (One input per model makes quicktype resolve the
 * whole document once per model: quadratic, 19 s instead of ~0.6 s for 200 models.)
 */
export function contractInput(document: AnalyzedContract['document']): InputData {
  const input = new JSONSchemaInput(new NoDocuments());
  const text = JSON.stringify(document);
  Object.keys(document.definitions).forEach((component, position) => {
    input.addSourceSync({
      name: component,
      uris: [`${DOCUMENT}#/definitions/${component}`],
      // The document is registered once; the other top-levels only point into it.
      ...(position === 0 ? { schema: text } : {}),
    });
  });
  const data = new InputData();
  data.addInput(input);
  return data;
}

/**
 * Runs quicktype over the contract: its type graph and names, joined with the schemas into the
 * model files' IR (see ContractDartLanguage).
 */
export async function contractFiles(analyzed: AnalyzedContract): Promise<DartFileIR[]> {
  let files: DartFileIR[] | undefined;
  await quicktypeMultiFile({
    inputData: contractInput(analyzed.document),
    lang: new ContractDartLanguage(analyzed, (built) => {
      files = built;
    }),
    // Named components are the contract's own: quicktype must neither merge nor infer.
    combineClasses: false,
    inferEnums: false,
    inferMaps: false,
    fixedTopLevels: true,
  });
  if (files === undefined) throw new Error('quicktype rendered no Dart models');
  return files;
}
