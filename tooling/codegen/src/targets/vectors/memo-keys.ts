/**
 * What a component's vector file is made of, as one hash per component: the key of the watch
 * session's memo (vector-file-memo.ts). A vector file is a function of the component's name
 * (its seed, its Dart class), the JSON Schemas of the component and of every component it
 * reaches through references (bases, samples, edge cases, expected values and the decoded type
 * all read them), and the Zod schema of its model with every model that one refers to (the
 * oracle). Those are exactly what the key hashes, so equal keys mean equal files. A component
 * whose Zod definition, or that of a model it reaches, cannot be fingerprinted
 * (zod-fingerprint.ts) has no key: it is built afresh on every run.
 */
import { createHash } from 'node:crypto';
import { referencedComponents } from '../../pipeline/component-refs.js';
import type { LoadedContract } from '../../pipeline/types.js';
import type { Components } from './schema.js';
import { type ZodFingerprint, zodFingerprint } from './zod-fingerprint.js';
import { modelIdOf } from './zod-models.js';

/** Every node reachable from `start` (itself included), sorted. */
function reachable(start: string, next: (node: string) => Iterable<string>): string[] {
  const found = new Set([start]);
  const queue = [start];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const other of next(node)) {
      if (!found.has(other)) {
        found.add(other);
        queue.push(other);
      }
    }
  }
  return [...found].sort();
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64');

/** The memo key of each of `componentNames` in this contract, undefined where there is none. */
export function vectorFileKeys(
  contract: LoadedContract,
  componentNames: readonly string[],
): Map<string, string | undefined> {
  const components: Components = contract.document.components.schemas;
  const schemaHashes = new Map<string, { hash: string; refs: Set<string> }>();
  const schemaOf = (name: string) => {
    let known = schemaHashes.get(name);
    if (!known) {
      const schema = components[name];
      known = {
        // A missing component cannot be hashed; buildVectors reports it.
        hash: schema === undefined ? 'missing' : hashOf(JSON.stringify(schema)),
        refs: referencedComponents(schema, new Set()),
      };
      schemaHashes.set(name, known);
    }
    return known;
  };

  const ids = new Map<object, string>();
  for (const [id, schema] of contract.zodModels) ids.set(schema, id);
  const fingerprints = new Map<string, ZodFingerprint | undefined>();
  const fingerprintOf = (id: string) => {
    if (!fingerprints.has(id)) {
      const schema = contract.zodModels.get(id);
      fingerprints.set(id, schema && zodFingerprint(schema, (object) => ids.get(object)));
    }
    return fingerprints.get(id);
  };

  const keys = new Map<string, string | undefined>();
  for (const component of componentNames) {
    const id = modelIdOf(contract, component);
    if (id === undefined) {
      keys.set(component, undefined);
      continue;
    }
    const models = reachable(id, (model) => fingerprintOf(model)?.models ?? []);
    if (models.some((model) => fingerprintOf(model) === undefined)) {
      keys.set(component, undefined);
      continue;
    }
    const schemas = reachable(component, (name) => schemaOf(name).refs);
    const parts = [
      `component ${component}`,
      ...schemas.map((name) => `schema ${name} ${schemaOf(name).hash}`),
      `model ${id}`,
      ...models.map((model) => `zod ${model} ${fingerprintOf(model)?.hash}`),
    ];
    keys.set(component, hashOf(parts.join('\n')));
  }
  return keys;
}
