import { headerLines } from '../../pipeline/header.js';

/** JSON has no comments: the generated-file header travels as this top-level extension key. */
export const GENERATED_MARKER_KEY = 'x-generated';

/**
 * The document as committed text: marker first, then the document with its own key order (the
 * contract builds it deterministically: sorted components, route-table order for paths),
 * 2-space indent and a final newline, the way formatters leave JSON.
 */
export function serializeOpenApi(document: object): string {
  const marked = { [GENERATED_MARKER_KEY]: headerLines('openapi').join(' '), ...document };
  return `${JSON.stringify(marked, null, 2)}\n`;
}

/** The document as served: the committed file minus the marker. */
export function withoutMarker(document: Record<string, unknown>): Record<string, unknown> {
  const { [GENERATED_MARKER_KEY]: _marker, ...rest } = document;
  return rest;
}
