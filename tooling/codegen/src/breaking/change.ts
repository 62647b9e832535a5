import type { ChangeClass, ChangeKind, Side } from './rules.js';

/** One difference between an old snapshot and the current contract, classified for that app. */
export interface Change {
  /**
   * Stable across runs: side, kind, where, and the values involved. Acknowledgements match it,
   * so acknowledging one change never silences a different one at the same place.
   */
  id: string;
  kind: ChangeKind;
  class: ChangeClass;
  side: Side;
  /** Operation ids of the routes that reach the change. */
  routes: string[];
  /** The model holding the field, when the change is inside a named model. */
  model: string | undefined;
  /** Dotted path inside the model (`items[]`, `metadata{}`), or `query.limit` on a route. */
  field: string | undefined;
  /** The values involved, e.g. `200 -> 100`. */
  detail: string | undefined;
  /** Why it is classified so, for these apps. */
  why: string;
  /** The usual compatible alternative, when the rule knows one. */
  fix?: string;
}

export function changeId(
  side: Side,
  kind: ChangeKind,
  where: { route?: string; model?: string; field?: string },
  detail?: string,
): string {
  const subject = where.model
    ? [where.model, where.field].filter(Boolean).join('.')
    : [where.route, where.field].filter(Boolean).join('.');
  return [side, kind, subject, detail]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
}
