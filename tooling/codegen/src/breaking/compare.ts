import type { Change } from './change.js';
import { type DiffResult, emptyResult, SchemaDiffer } from './diff-schema.js';
import type { ChangeClass, ChangeKind } from './rules.js';
import {
  type ContractSnapshot,
  modelRef,
  type ParameterSnapshot,
  type RouteSnapshot,
} from './snapshot-format.js';
import { sortKeysDeep } from './stable-json.js';

const CLASS_ORDER: Record<ChangeClass, number> = { breaking: 0, warning: 1, safe: 2 };

/** `/tasks/{taskId}` and `/tasks/{id}` are the same URL on the wire. */
const wirePath = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
const pathParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

/**
 * Every change between an old snapshot and the current contract, classified for the app
 * version the snapshot records (its decoder features), one entry per change id.
 */
export function compareSnapshots(old: ContractSnapshot, current: ContractSnapshot): Change[] {
  const differ = new SchemaDiffer(old, current);
  const found = new Map<string, Change>();
  const add = (changes: Change[], route: string) => {
    for (const change of changes) {
      const known = found.get(change.id);
      if (known === undefined) {
        found.set(change.id, { ...change, routes: [route] });
      } else if (!known.routes.includes(route)) {
        known.routes.push(route);
      }
    }
  };
  const routeChange = (route: string, kind: ChangeKind, detail?: string) => {
    const into = emptyResult();
    differ.emit(into, { side: 'route', route, field: '' }, kind, detail);
    add(into.changes, route);
  };

  const unmatched = new Set(Object.keys(current.routes).filter((name) => !(name in old.routes)));
  for (const [oldName, before] of Object.entries(old.routes)) {
    let newName: string | undefined = oldName in current.routes ? oldName : undefined;
    if (newName === undefined) {
      // Same method and URL under another operation id: only generated names changed.
      newName = [...unmatched].find((name) => {
        const candidate = current.routes[name] as RouteSnapshot;
        return (
          candidate.method === before.method && wirePath(candidate.path) === wirePath(before.path)
        );
      });
      if (newName === undefined) {
        routeChange(oldName, 'route-removed', `${before.method} ${before.path}`);
        continue;
      }
      unmatched.delete(newName);
      routeChange(newName, 'operation-renamed', `${oldName}->${newName}`);
    }
    const after = current.routes[newName] as RouteSnapshot;
    const root = emptyResult();
    compareRoute(differ, newName, before, after, root, routeChange);
    add(differ.collect(root), newName);
  }
  for (const name of unmatched) {
    const route = current.routes[name] as RouteSnapshot;
    routeChange(name, 'route-added', `${route.method} ${route.path}`);
  }
  return [...found.values()]
    .map((change) => ({ ...change, routes: change.routes.sort() }))
    .sort((a, b) => CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || (a.id < b.id ? -1 : 1));
}

function compareRoute(
  differ: SchemaDiffer,
  name: string,
  before: RouteSnapshot,
  after: RouteSnapshot,
  root: DiffResult,
  routeChange: (route: string, kind: ChangeKind, detail?: string) => void,
): void {
  if (before.method !== after.method) {
    routeChange(name, 'route-method-changed', `${before.method}->${after.method}`);
    return;
  }
  if (wirePath(before.path) !== wirePath(after.path)) {
    routeChange(name, 'route-path-changed', `${before.path}->${after.path}`);
    return;
  }
  // Old apps cannot reach a route whose URL or method moved, so nothing else about it matters.
  const oldParams = pathParams(before.path);
  const newParams = pathParams(after.path);
  oldParams.forEach((oldParam, index) => {
    const newParam = newParams[index] as string;
    if (oldParam !== newParam) routeChange(name, 'path-param-renamed', `${oldParam}->${newParam}`);
    const a = before.params[oldParam];
    const b = after.params[newParam];
    if (a && b) {
      differ.slot(
        a.schema,
        b.schema,
        { side: 'request', route: name, field: `params.${newParam}` },
        root,
      );
    }
  });

  const renames = queryRenames(before.query, after.query);
  const renamedTo = new Set(renames.values());
  for (const [param, a] of Object.entries(before.query)) {
    const newName = param in after.query ? param : renames.get(param);
    if (newName === undefined) {
      const at = { side: 'request' as const, route: name, field: `query.${param}` };
      differ.emit(root, at, 'param-removed', undefined, { param });
      continue;
    }
    if (newName !== param) {
      const at = { side: 'request' as const, route: name, field: 'query' };
      differ.emit(root, at, 'param-renamed', `${param}->${newName}`, {
        param,
        renamedTo: newName,
      });
    }
    const b = after.query[newName] as ParameterSnapshot;
    const at = { side: 'request' as const, route: name, field: `query.${newName}` };
    if (!a.required && b.required) differ.emit(root, at, 'param-became-required');
    if (a.required && !b.required) differ.emit(root, at, 'param-became-optional');
    differ.slot(a.schema, b.schema, at, root);
  }
  for (const [param, b] of Object.entries(after.query)) {
    if (param in before.query || renamedTo.has(param)) continue;
    const at = { side: 'request' as const, route: name, field: `query.${param}` };
    differ.emit(root, at, b.required ? 'required-param-added' : 'optional-param-added');
  }

  if (before.successStatus !== after.successStatus) {
    routeChange(name, 'success-status-changed', `${before.successStatus}->${after.successStatus}`);
  }
  if (before.response !== null && after.response === null)
    routeChange(name, 'response-body-removed');
  if (before.response === null && after.response !== null) routeChange(name, 'response-body-added');
  if (before.response !== null && after.response !== null) {
    differ.schema(
      { $ref: modelRef(before.response, 'output') },
      { $ref: modelRef(after.response, 'output') },
      { side: 'response', route: name, field: 'response' },
      root,
    );
  }
  if (before.error !== null && after.error !== null) {
    differ.schema(
      { $ref: modelRef(before.error, 'output') },
      { $ref: modelRef(after.error, 'output') },
      { side: 'response', route: name, field: 'error' },
      root,
    );
  }
  if (before.body === null && after.body !== null) routeChange(name, 'request-body-added');
  if (before.body !== null && after.body === null) routeChange(name, 'request-body-removed');
  if (before.body !== null && after.body !== null) {
    differ.schema(
      { $ref: modelRef(before.body, 'input') },
      { $ref: modelRef(after.body, 'input') },
      { side: 'request', route: name, field: 'body' },
      root,
    );
  }

  const [was, now] = [before.access ?? 'public', after.access ?? 'public'];
  if (was !== now) {
    routeChange(name, now === 'signed-in' ? 'access-narrowed' : 'access-widened', `${was}->${now}`);
  }
  for (const code of after.errors) {
    if (!before.errors.includes(code)) routeChange(name, 'error-code-added', code);
  }
  for (const code of before.errors) {
    if (!after.errors.includes(code)) routeChange(name, 'error-code-removed', code);
  }
  for (const status of after.errorStatuses) {
    if (!before.errorStatuses.includes(status))
      routeChange(name, 'error-status-added', String(status));
  }
  for (const status of before.errorStatuses) {
    if (!after.errorStatuses.includes(status))
      routeChange(name, 'error-status-removed', String(status));
  }
}

/** A parameter's schema as compared for renames: `deprecated` marks the old name, nothing more. */
function renameKey(parameter: ParameterSnapshot): string {
  const { deprecated: _deprecated, ...schema } = parameter.schema;
  return JSON.stringify(sortKeysDeep(schema));
}

/**
 * Query parameters renamed on one route: a removed and an added parameter with the same schema,
 * paired only when neither has another candidate (two removed strings and two added strings
 * stay two removals and two additions rather than a guess). Old name -> new name.
 */
function queryRenames(
  before: Record<string, ParameterSnapshot>,
  after: Record<string, ParameterSnapshot>,
): Map<string, string> {
  const removed = Object.keys(before).filter((param) => !(param in after));
  const added = Object.keys(after).filter((param) => !(param in before));
  const matches = (oldName: string, newName: string) =>
    renameKey(before[oldName] as ParameterSnapshot) ===
    renameKey(after[newName] as ParameterSnapshot);
  const renames = new Map<string, string>();
  for (const oldName of removed) {
    const candidates = added.filter((newName) => matches(oldName, newName));
    if (candidates.length !== 1) continue;
    const newName = candidates[0] as string;
    if (removed.filter((other) => matches(other, newName)).length === 1) {
      renames.set(oldName, newName);
    }
  }
  return renames;
}
