import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** How many contract changes to list; the rest are summarised as a count. */
export const EXPLAIN_CAP = 25;

/**
 * The contract elements that differ between the committed document and the contract's current
 * one, in words a reviewer recognises: which component, property, enum value or route was
 * added, removed or changed. Derived from the two OpenAPI documents, so it works for any
 * contract change whatever target files it ripples into.
 */
export function explainOpenApiChange(committed: unknown, current: unknown): string[] {
  const lines: string[] = [];
  const before = isRecord(committed) ? committed : {};
  const after = isRecord(current) ? current : {};
  explainInfo(before, after, lines);
  explainComponents(schemasOf(before), schemasOf(after), lines);
  explainRoutes(pathsOf(before), pathsOf(after), lines);
  if (lines.length <= EXPLAIN_CAP) return lines;
  return [...lines.slice(0, EXPLAIN_CAP), `... and ${lines.length - EXPLAIN_CAP} more changes`];
}

const schemasOf = (document: Json): Json => {
  const components = document.components;
  return isRecord(components) && isRecord(components.schemas) ? components.schemas : {};
};
const pathsOf = (document: Json): Json => (isRecord(document.paths) ? document.paths : {});

function explainInfo(before: Json, after: Json, lines: string[]) {
  const version = (doc: Json) => (isRecord(doc.info) ? doc.info.version : undefined);
  if (version(before) !== version(after)) {
    lines.push(`info.version changed: ${short(version(before))} -> ${short(version(after))}`);
  }
}

function explainComponents(before: Json, after: Json, lines: string[]) {
  for (const name of union(before, after)) {
    const [old, now] = [before[name], after[name]];
    if (old === undefined) lines.push(`model ${name}: added`);
    else if (now === undefined) lines.push(`model ${name}: removed`);
    else if (!isDeepStrictEqual(old, now)) explainSchema(name, asRecord(old), asRecord(now), lines);
  }
}

function explainSchema(name: string, old: Json, now: Json, lines: string[]) {
  const start = lines.length;
  const [oldProps, newProps] = [asRecord(old.properties), asRecord(now.properties)];
  const [oldRequired, newRequired] = [requiredOf(old), requiredOf(now)];
  for (const field of union(oldProps, newProps)) {
    const [was, is] = [oldProps[field], newProps[field]];
    if (was === undefined) lines.push(`model ${name}: field ${field} added`);
    else if (is === undefined) lines.push(`model ${name}: field ${field} removed`);
    else if (!isDeepStrictEqual(was, is)) {
      lines.push(`model ${name}: field ${field} changed: ${short(was)} -> ${short(is)}`);
    }
    if (
      was !== undefined &&
      is !== undefined &&
      oldRequired.has(field) !== newRequired.has(field)
    ) {
      lines.push(
        `model ${name}: field ${field} became ${newRequired.has(field) ? 'required' : 'optional'}`,
      );
    }
  }
  explainEnum(name, old.enum, now.enum, lines);
  if (lines.length === start) {
    // Not a property or enum change: name the keywords that differ (oneOf, type, bounds...).
    const keys = union(old, now).filter((key) => !isDeepStrictEqual(old[key], now[key]));
    lines.push(`model ${name}: changed (${keys.join(', ')})`);
  }
}

function explainEnum(name: string, old: unknown, now: unknown, lines: string[]) {
  if (!Array.isArray(old) || !Array.isArray(now)) return;
  for (const value of now) {
    if (!old.includes(value)) lines.push(`model ${name}: enum value ${short(value)} added`);
  }
  for (const value of old) {
    if (!now.includes(value)) lines.push(`model ${name}: enum value ${short(value)} removed`);
  }
}

function explainRoutes(before: Json, after: Json, lines: string[]) {
  for (const path of union(before, after)) {
    const [oldItem, newItem] = [asRecord(before[path]), asRecord(after[path])];
    for (const method of HTTP_METHODS) {
      const [old, now] = [oldItem[method], newItem[method]];
      if (old === undefined && now === undefined) continue;
      const id = asRecord(now ?? old).operationId;
      const route = `route ${method.toUpperCase()} ${path}${typeof id === 'string' ? ` (${id})` : ''}`;
      if (old === undefined) lines.push(`${route}: added`);
      else if (now === undefined) lines.push(`${route}: removed`);
      else if (!isDeepStrictEqual(old, now)) {
        const keys = union(asRecord(old), asRecord(now)).filter(
          (key) => !isDeepStrictEqual(asRecord(old)[key], asRecord(now)[key]),
        );
        lines.push(`${route}: ${keys.join(', ')} changed`);
      }
    }
  }
}

const asRecord = (value: unknown): Json => (isRecord(value) ? value : {});
const requiredOf = (schema: Json) =>
  new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
const union = (a: Json, b: Json) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
