import type { JsonSchema } from '@acme/contract';
import { referencedComponents } from '../../../pipeline/component-refs.js';
import type { AnalyzedContract } from './analyze.js';
import { unionGroups } from './build-ir.js';

/**
 * The Dart models of a contract in chunks that quicktype can read one at a time, so that a
 * watch session re-reads only the chunk an edit touched (see DartModelMemo in ../models.ts).
 *
 * A model's file depends on its own schema and, for each model it refers to, only on that
 * model's name and whether it is an enum (the emitters resolve the rest, imports and enum
 * defaults, from all files' IR). So a chunk holds its own components and a stand-in for each
 * component they refer to: the enum itself for an enum, an empty object for a class or a union,
 * and an alias (a component inlined where it is used, no file) itself with stand-ins for its own
 * references. A union group (unions and their variants, which share one library) never spans
 * two chunks. The chunk of a component is a hash of its name: adding or removing a model moves
 * nothing else.
 */
export interface ModelChunk {
  /** The components whose files this chunk gives. */
  own: string[];
  /** The own components as the contract has them, and the stand-ins. */
  components: Record<string, JsonSchema>;
}

/** About this many models per chunk: quicktype's fixed cost per run against its cost per model. */
export const MODELS_PER_CHUNK = 16;

export function modelChunks(
  analyzed: AnalyzedContract,
  modelsPerChunk = MODELS_PER_CHUNK,
): ModelChunk[] {
  const groupOf = unionGroups(analyzed);
  const withFiles = Object.keys(analyzed.components).filter(
    (component) => !analyzed.aliases.has(component),
  );
  const count = chunkCount(withFiles.length, modelsPerChunk);
  const members: string[][] = Array.from({ length: count }, () => []);
  for (const component of withFiles) {
    members[hash(groupOf(component) ?? component) % count]?.push(component);
  }
  return members
    .filter((own) => own.length > 0)
    .map((own) => ({ own, components: chunkComponents(analyzed, own) }));
}

/** A power of two, so that the count (and every chunk) changes only when the contract doubles. */
function chunkCount(models: number, modelsPerChunk: number): number {
  let count = 1;
  while (count * modelsPerChunk < models) count *= 2;
  return count;
}

function chunkComponents(analyzed: AnalyzedContract, own: string[]): Record<string, JsonSchema> {
  const components: Record<string, JsonSchema> = {};
  const standIns: Record<string, JsonSchema> = {};
  const pending: string[] = [];
  for (const component of own) {
    components[component] = analyzed.components[component] as JsonSchema;
    pending.push(...referencedComponents(components[component]));
  }
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (ref in components || ref in standIns) continue;
    const schema = analyzed.components[ref];
    if (schema === undefined) continue; // analyzeContract names the missing model
    if (analyzed.aliases.has(ref)) {
      standIns[ref] = schema;
      pending.push(...referencedComponents(schema));
    } else if (!analyzed.unions.has(ref) && Array.isArray(schema.enum)) {
      standIns[ref] = schema;
    } else {
      standIns[ref] = { type: 'object', properties: {}, additionalProperties: false };
    }
  }
  // Sorted: the same chunk is the same text, whatever order the references were met in.
  for (const name of Object.keys(standIns).sort()) components[name] = standIns[name] as JsonSchema;
  return components;
}

/** FNV-1a: a stable, spread-out bucket for a name. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}
