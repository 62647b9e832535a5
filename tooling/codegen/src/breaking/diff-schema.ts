import { createHash } from 'node:crypto';
import type { JsonSchema } from '@acme/contract';
import { type Change, changeId } from './change.js';
import { type ChangeKind, classify, type Facts } from './rules.js';
import { boundOf, isTighter, sameBound, type View, viewOf } from './schema-view.js';
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

const BOUNDS: { keyword: string; name: string; upper: boolean; applies: string[] }[] = [
  { keyword: 'maxLength', name: 'max-length', upper: true, applies: ['string'] },
  { keyword: 'minLength', name: 'min-length', upper: false, applies: ['string'] },
  { keyword: 'maxItems', name: 'max-items', upper: true, applies: ['array'] },
  { keyword: 'minItems', name: 'min-items', upper: false, applies: ['array'] },
  { keyword: 'maximum', name: 'maximum', upper: true, applies: ['integer', 'number'] },
  { keyword: 'minimum', name: 'minimum', upper: false, applies: ['integer', 'number'] },
  { keyword: 'maxProperties', name: 'max-properties', upper: true, applies: ['object', 'record'] },
  { keyword: 'minProperties', name: 'min-properties', upper: false, applies: ['object', 'record'] },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const join = (field: string, name: string) => (field ? `${field}.${name}` : name);

/** Values go into change ids; long ones (patterns, big defaults) are shortened to a hash. */
function detailOf(text: string): string {
  if (text.length <= 60) return text;
  return `sha1-${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
}

/** Values as they read in ids and changelogs: strings bare (ids sit inside JSON strings). */
const show = (value: unknown) =>
  value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);
const showBound = (bound: ReturnType<typeof boundOf>, upper: boolean) =>
  bound === undefined ? 'none' : `${bound.exclusive ? (upper ? '<' : '>') : ''}${bound.value}`;

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
    this.bounds(a, b, at, into);
    const before = a.node;
    const after = b.node;
    switch (b.kind) {
      case 'string':
        this.strings(before, after, at, into);
        break;
      case 'integer':
      case 'number':
        if (!same(before.multipleOf, after.multipleOf)) {
          this.emit(
            into,
            at,
            'multiple-of-changed',
            `${show(before.multipleOf)}->${show(after.multipleOf)}`,
          );
        }
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
        this.enums(a, b, at, into);
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
      this.enums(a, b, at, into);
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

  private bounds(a: View, b: View, at: Location, into: DiffResult): void {
    for (const { keyword, name, upper, applies } of BOUNDS) {
      if (!applies.includes(b.kind)) continue;
      const before = boundOf(a.node, keyword);
      const after = boundOf(b.node, keyword);
      if (sameBound(before, after)) continue;
      const kind = `${name}-${isTighter(after, before, upper) ? 'tightened' : 'loosened'}`;
      this.emit(
        into,
        at,
        kind as ChangeKind,
        `${showBound(before, upper)}->${showBound(after, upper)}`,
      );
    }
  }

  private strings(before: JsonSchema, after: JsonSchema, at: Location, into: DiffResult): void {
    const oldFormat = before.format as string | undefined;
    const newFormat = after.format as string | undefined;
    const facts: Facts = { oldFormat };
    if (oldFormat !== newFormat) {
      if (oldFormat === undefined) this.emit(into, at, 'format-added', newFormat);
      else if (newFormat === undefined) this.emit(into, at, 'format-removed', oldFormat, facts);
      else this.emit(into, at, 'format-changed', `${oldFormat}->${newFormat}`, facts);
    }
    // Zod writes its own regex next to a format: with a format on either side the pattern is an
    // implementation detail (a Zod upgrade must not report a breaking change).
    if (oldFormat !== undefined || newFormat !== undefined) return;
    const oldPattern = before.pattern as string | undefined;
    const newPattern = after.pattern as string | undefined;
    if (oldPattern === newPattern) return;
    if (oldPattern === undefined) this.emit(into, at, 'pattern-added', detailOf(`${newPattern}`));
    else if (newPattern === undefined) this.emit(into, at, 'pattern-removed', detailOf(oldPattern));
    else this.emit(into, at, 'pattern-changed', detailOf(`${oldPattern}->${newPattern}`));
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

  private enums(a: View, b: View, at: Location, into: DiffResult): void {
    const valuesOf = (view: View) =>
      (view.kind === 'const' ? [view.node.const] : (view.node.enum ?? [])).map((value) =>
        JSON.stringify(value),
      );
    if (a.kind === 'const' && b.kind === 'const') {
      if (!same(a.node.const, b.node.const)) {
        this.emit(into, at, 'const-changed', `${show(a.node.const)}->${show(b.node.const)}`);
      }
      return;
    }
    const before = valuesOf(a);
    const after = valuesOf(b);
    const label = (value: string) => detailOf(show(JSON.parse(value)));
    for (const value of after) {
      if (!before.includes(value)) this.emit(into, at, 'enum-value-added', label(value));
    }
    for (const value of before) {
      if (!after.includes(value)) this.emit(into, at, 'enum-value-removed', label(value));
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
    });
  }
}
