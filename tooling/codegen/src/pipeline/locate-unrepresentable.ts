import { z } from 'zod';

export interface UnrepresentableSite {
  model: string;
  /** Dotted field path inside the model (`[]` marks array items), empty for the model itself. */
  field: string;
  message: string;
}

/**
 * When z.toJSONSchema throws ("Date cannot be represented in JSON Schema") it does not say
 * where. This converts each registered model on its own, collecting instead of throwing, and
 * returns the site closest to a model's root: a construct nested in a referenced model shows
 * up in every model that embeds it, and the shortest path is the model that declares it.
 */
export function locateUnrepresentable(
  models: Map<string, z.ZodType>,
): UnrepresentableSite | undefined {
  let best: (UnrepresentableSite & { depth: number }) | undefined;
  for (const [model, schema] of [...models].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const io of ['output', 'input'] as const) {
      try {
        z.toJSONSchema(schema, {
          io,
          cycles: 'ref',
          unrepresentable: ({ path, message }) => {
            if (best === undefined || path.length < best.depth) {
              best = { model, field: fieldOf(path), message, depth: path.length };
            }
            return 'any';
          },
        });
      } catch {
        // Other conversion failures are reported by the caller's own error message.
      }
    }
  }
  if (best === undefined) return undefined;
  const { depth: _depth, ...site } = best;
  return site;
}

/** `['properties','list','items','properties','big']` -> `list[].big`. */
function fieldOf(path: (string | number)[]): string {
  let field = '';
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    if (segment === 'properties' && path[index + 1] !== undefined) {
      field += `${field ? '.' : ''}${String(path[index + 1])}`;
      index++;
    } else if (segment === 'items' || segment === 'additionalProperties') {
      field += '[]';
    }
  }
  return field;
}
