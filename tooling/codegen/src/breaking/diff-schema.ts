import type { JsonSchema } from '@acme/contract';
import { type Change, changeId } from './change.js';
import {
  boundChanges,
  detailOf,
  enumChanges,
  type Finding,
  multipleOfChanges,
  show,
  stringChanges,
} from './keyword-changes.js';
import { type ChangeKind, classify, type Facts } from './rules.js';
import { type View, viewOf } from './schema-view.js';
import { type ContractSnapshot, MODEL_REF } from './snapshot-format.js';

export type SchemaSide = 'request' | 'response';

/** Where a schema sits: inside a model (`model` + field path) or inline on a route. */
export interface Location {
  side: SchemaSide;
  route?: string;
  model?: string;
  field: string;
}

/** Changes found directly in one pair of schemas, and the model pairs it leads to. */
export interface DiffResult {
  changes: Change[];
  children: Set<string>;
}

export const emptyResult = (): DiffResult => ({ changes: [], children: new Set() });

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const join = (field: string, name: string) => (field ? `${field}.${name}` : name);

function modelIdOfRef(ref: string): string {
  const match = MODEL_REF.exec(ref);
  if (!match) throw new Error(`unexpected reference ${ref} in a snapshot`);
  return match[1] as string;
}

/**
 * Compares schemas of an old snapshot with the current contract for one side. Each model pair
 * (old id, new id, side) is compared once and remembered, which also ends recursion in
 * recursive models; routes then collect the changes of every pair they reach.
 */
export class SchemaDiffer {
  private readonly pairs = new Map<string, DiffResult>();

  constructor(
    private readonly old: ContractSnapshot,
    private readonly current: ContractSnapshot,
  ) {}

  /** Every change reachable from `root`, each once. */
  collect(root: DiffResult): Change[] {
    const changes = [...root.changes];
    const seen = new Set<string>();
    const stack = [...root.children];
    while (stack.length > 0) {
      const key = stack.pop() as string;
      if (seen.has(key)) continue;
      seen.add(key);
      const pair = this.pairs.get(key) as DiffResult;
      changes.push(...pair.changes);
      stack.push(...pair.children);
    }
    return changes;
  }

  /** A property-like slot (object property, parameter): its default, then its schema. */
  slot(before: JsonSchema, after: JsonSchema, at: Location, into: DiffResult): void {
    const hadDefault = 'default' in before;
    const hasDefault = 'default' in after;
    if (hadDefault && hasDefault && !same(before.default, after.default)) {
      const change = `${show(before.default)}->${show(after.default)}`;
      this.emit(into, at, 'default-changed', detailOf(change));
    } else if (!hadDefault && hasDefault) {
      this.emit(into, at, 'default-added', detailOf(show(after.default)));
    } else if (hadDefault && !hasDefault) {
      this.emit(into, at, 'default-removed', detailOf(show(before.default)));
    }
    this.schema(before, after, at, into);
  }

  schema(before: JsonSchema, after: JsonSchema, at: Location, into: DiffResult): void {
    const a = viewOf(before);
    const b = viewOf(after);
    if (!a.nullable && b.nullable) this.emit(into, at, 'became-nullable');
    if (a.nullable && !b.nullable) this.emit(into, at, 'became-non-nullable');
    if (before.deprecated !== true && after.deprecated === true) {
      this.emit(into, at, 'deprecated-added');
    }
    this.values(a, b, at, into);
  }

  private pair(oldId: string, newId: string, side: SchemaSide): string {
    const key = `${side}|${oldId}|${newId}`;
    if (this.pairs.has(key)) return key;
    const result = emptyResult();
    // Registered before comparing, so a model that contains itself stops here.
    this.pairs.set(key, result);
    const shape = side === 'request' ? 'input' : 'output';
    const before = this.old.models[oldId]?.[shape];
    const after = this.current.models[newId]?.[shape];
    if (before === undefined || after === undefined) {
      throw new Error(`model ${before === undefined ? oldId : newId} has no ${shape} shape`);
    }
    this.schema(before, after, { side, model: newId, field: '' }, result);
    return key;
  }

  private resolve(view: View, snapshot: ContractSnapshot, side: SchemaSide): View {
    const id = modelIdOfRef(view.node.$ref as string);
    const shape = side === 'request' ? 'input' : 'output';
    const target = snapshot.models[id]?.[shape];
    if (target === undefined) throw new Error(`model ${id} has no ${shape} shape`);
    return viewOf(target);
  }

  /** Compares what the two schemas admit once null is set aside. */
  private values(a: View, b: View, at: Location, into: DiffResult): void {
    if (a.kind === 'ref' && b.kind === 'ref') {
      const oldId = modelIdOfRef(a.node.$ref as string);
      const newId = modelIdOfRef(b.node.$ref as string);
      if (oldId !== newId) this.emit(into, at, 'model-renamed', `${oldId}->${newId}`);
      into.children.add(this.pair(oldId, newId, at.side));
      return;
    }
    // A model inlined or extracted: compare its structure where it is used.
    if (a.kind === 'ref') {
      this.values(this.resolve(a, this.old, at.side), b, at, into);
      return;
    }
    if (b.kind === 'ref') {
      this.values(a, this.resolve(b, this.current, at.side), at, into);
      return;
    }

    if (a.kind !== b.kind && !this.kindChange(a, b, at, into)) return;
    this.report(into, at, boundChanges(a, b));
    const before = a.node;
    const after = b.node;
    switch (b.kind) {
      case 'string':
        this.report(into, at, stringChanges(before, after));
        break;
      case 'integer':
      case 'number':
        this.report(into, at, multipleOfChanges(before, after));
        break;
      case 'array':
        this.schema(before.items ?? {}, after.items ?? {}, { ...at, field: `${at.field}[]` }, into);
        break;
      case 'object':
        this.objects(before, after, at, into);
        break;
      case 'record':
        this.schema(
          before.additionalProperties as JsonSchema,
          after.additionalProperties as JsonSchema,
          { ...at, field: `${at.field}{}` },
          into,
        );
        if (before.propertyNames || after.propertyNames) {
          this.schema(
            (before.propertyNames as JsonSchema) ?? { type: 'string' },
            (after.propertyNames as JsonSchema) ?? { type: 'string' },
            { ...at, field: `${at.field}{key}` },
            into,
          );
        }
        break;
      case 'enum':
      case 'const':
        this.report(into, at, enumChanges(a, b));
        break;
      case 'union':
        this.unions(before, after, at, into);
        break;
      case 'other':
        if (!same(before, after)) this.emit(into, at, 'type-changed', 'schema');
        break;
      default:
        break;
    }
  }

  /** Reports a change of kind; returns whether the remaining keywords are still comparable. */
  private kindChange(a: View, b: View, at: Location, into: DiffResult): boolean {
    const enumLike = (kind: string) => kind === 'enum' || kind === 'const';
    if (a.kind === 'integer' && b.kind === 'number') {
      this.emit(into, at, 'int-widened-to-number');
      return true;
    }
    if (a.kind === 'number' && b.kind === 'integer') {
      this.emit(into, at, 'number-narrowed-to-int');
      return true;
    }
    if (enumLike(a.kind) && enumLike(b.kind)) {
      this.report(into, at, enumChanges(a, b));
      return false;
    }
    if (b.kind === 'any') {
      this.emit(into, at, 'type-widened-to-any', a.kind);
    } else if (enumLike(a.kind) && b.kind === 'string') {
      this.emit(into, at, 'enum-widened-to-string');
    } else if (a.kind === 'string' && enumLike(b.kind)) {
      this.emit(into, at, 'string-narrowed-to-enum');
    } else {
      this.emit(into, at, 'type-changed', `${a.kind}->${b.kind}`);
    }
    return false;
  }

  private objects(before: JsonSchema, after: JsonSchema, at: Location, into: DiffResult): void {
    const oldProps = before.properties ?? {};
    const newProps = after.properties ?? {};
    const wasRequired = new Set(before.required ?? []);
    const isRequired = new Set(after.required ?? []);
    const newClosed = after.additionalProperties === false;
    for (const [name, oldProp] of Object.entries(oldProps)) {
      const where = { ...at, field: join(at.field, name) };
      const newProp = newProps[name];
      const facts: Facts = {
        oldRequired: wasRequired.has(name),
        oldHadDefault: 'default' in oldProp,
        newClosed,
      };
      if (newProp === undefined) {
        this.emit(into, where, 'property-removed', undefined, facts);
        continue;
      }
      if (wasRequired.has(name) && !isRequired.has(name)) {
        this.emit(into, where, 'property-became-optional', undefined, facts);
      } else if (!wasRequired.has(name) && isRequired.has(name)) {
        this.emit(into, where, 'property-became-required');
      }
      this.slot(oldProp, newProp, where, into);
    }
    for (const name of Object.keys(newProps)) {
      if (name in oldProps) continue;
      const kind = isRequired.has(name) ? 'required-property-added' : 'optional-property-added';
      this.emit(into, { ...at, field: join(at.field, name) }, kind);
    }
    if (before.additionalProperties !== false && newClosed) {
      this.emit(into, at, 'additional-properties-closed');
    } else if (before.additionalProperties === false && !newClosed) {
      this.emit(into, at, 'additional-properties-opened');
    }
  }

  private unions(before: JsonSchema, after: JsonSchema, at: Location, into: DiffResult): void {
    const oldTag = before.discriminator;
    const newTag = after.discriminator;
    if (oldTag?.mapping === undefined || newTag?.mapping === undefined) {
      // Untagged unions: the decoder tries members in turn, so any change may reroute a value.
      const members = (schema: JsonSchema) => schema.oneOf ?? schema.anyOf;
      if (!same(members(before), members(after)) || !same(oldTag, newTag)) {
        this.emit(into, at, 'union-changed');
      }
      return;
    }
    if (oldTag.propertyName !== newTag.propertyName) {
      this.emit(
        into,
        at,
        'discriminator-changed',
        `${oldTag.propertyName}->${newTag.propertyName}`,
      );
      return;
    }
    for (const [tag, ref] of Object.entries(newTag.mapping)) {
      const oldRef = oldTag.mapping[tag];
      if (oldRef === undefined) {
        this.emit(into, at, 'union-variant-added', detailOf(tag));
      } else {
        this.values(viewOf({ $ref: oldRef }), viewOf({ $ref: ref }), at, into);
      }
    }
    for (const tag of Object.keys(oldTag.mapping)) {
      if (!(tag in newTag.mapping)) this.emit(into, at, 'union-variant-removed', detailOf(tag));
    }
  }

  private report(into: DiffResult, at: Location, findings: Finding[]): void {
    for (const { kind, detail, facts } of findings) this.emit(into, at, kind, detail, facts);
  }

  emit(
    into: DiffResult,
    at: Location | (Omit<Location, 'side'> & { side: 'route' }),
    kind: ChangeKind,
    detail?: string,
    facts: Facts = {},
  ): void {
    const verdict = classify(kind, at.side, this.old.dartFeatures, facts);
    into.changes.push({
      id: changeId(at.side, kind, at, detail),
      kind,
      class: verdict.class,
      side: at.side,
      routes: at.route === undefined ? [] : [at.route],
      model: at.model,
      field: at.field || undefined,
      detail,
      why: verdict.why,
      ...(verdict.fix !== undefined && { fix: verdict.fix }),
    });
  }
}
