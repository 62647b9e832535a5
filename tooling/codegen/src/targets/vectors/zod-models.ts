/** The Zod schema behind a component: the oracle every vector is judged by. */
import type { z } from 'zod';
import { CodegenError } from '../../errors.js';
import type { LoadedContract } from '../../pipeline/types.js';

const idsByContract = new WeakMap<LoadedContract, Map<string, string>>();

/**
 * The model id behind each component name (an input shape may have its own name). Built once
 * per contract: built per component, it made the vectors quadratic in the number of models.
 */
function modelIdsByComponent(contract: LoadedContract): Map<string, string> {
  const known = idsByContract.get(contract);
  if (known) return known;
  const ids = new Map<string, string>();
  idsByContract.set(contract, ids);
  for (const [id, shapes] of Object.entries(contract.schemas.models)) {
    if (shapes.output) ids.set(shapes.output, id);
    if (shapes.input) ids.set(shapes.input, id);
  }
  return ids;
}

/** The id of the model behind a component (input and output shapes share one). */
export const modelIdOf = (contract: LoadedContract, component: string): string | undefined =>
  modelIdsByComponent(contract).get(component);

export function zodOfComponent(contract: LoadedContract, component: string): z.ZodType {
  const id = modelIdOf(contract, component);
  const zod = id === undefined ? undefined : contract.zodModels.get(id);
  if (!zod) throw new CodegenError('no Zod schema behind this component', { model: component });
  return zod;
}
