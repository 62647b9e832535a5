import fc from 'fast-check';

/**
 * Placeholders inside generated inputs. They keep counterexamples short and readable (a
 * megabyte string prints as `Huge("x" × 1048577)`), and they are expanded only when a request
 * is written: ids are picked from the live model then, since the database changes as runs go.
 */
/** `caller`: the signed-in user the fuzz calls as (the owner of what it creates). */
export type RefKind = 'user' | 'caller' | 'project' | 'task' | 'deletedTask' | 'cursor';

export class Ref {
  constructor(
    readonly kind: RefKind,
    readonly pick: number,
  ) {}
  [fc.toStringMethod]() {
    return `Ref(${this.kind}#${this.pick})`;
  }
}

export class Huge {
  constructor(
    readonly unit: string,
    readonly count: number,
  ) {}
  text() {
    return this.unit.repeat(this.count);
  }
  [fc.toStringMethod]() {
    return `Huge(${JSON.stringify(this.unit)} × ${this.count})`;
  }
}

/**
 * Bulky JSON written straight as text: nesting `size` levels deep (JSON.stringify itself
 * overflows its stack on that), or an array / object of `size` small entries.
 */
export class Bulk {
  constructor(
    readonly shape: 'deepArray' | 'deepObject' | 'deepChecklist' | 'manyItems' | 'manyKeys',
    readonly size: number,
  ) {}
  json(): string {
    const n = this.size;
    switch (this.shape) {
      case 'deepArray':
        return `${'['.repeat(n)}0${']'.repeat(n)}`;
      case 'deepObject':
        return `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`;
      case 'deepChecklist':
        // A valid shape all the way down: only the depth is hostile.
        return `[${'{"text":"t","children":['.repeat(n)}${']}'.repeat(n)}]`;
      case 'manyItems':
        return `[${Array.from({ length: n }, () => '"a"').join(',')}]`;
      case 'manyKeys':
        return `{${Array.from({ length: n }, (_, i) => `"k${i}":"v"`).join(',')}}`;
    }
  }
  [fc.toStringMethod]() {
    return `Bulk(${this.shape} × ${this.size})`;
  }
}

export type Resolve = (ref: Ref) => string | undefined;

/** A generated value with its Refs replaced (Huge and Bulk stay, for toJsonText). */
export function resolveRefs(value: unknown, resolve: Resolve): unknown {
  if (value instanceof Ref) return resolve(value);
  if (value instanceof Huge || value instanceof Bulk) return value;
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, resolve));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      defineOwn(out, key, resolveRefs((value as Record<string, unknown>)[key], resolve));
    }
    return out;
  }
  return value;
}

/** JSON text of a resolved value, expanding Huge and Bulk; own `__proto__` keys are kept. */
export function toJsonText(value: unknown): string {
  if (value instanceof Huge) return JSON.stringify(value.text());
  if (value instanceof Bulk) return value.json();
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : toJsonText(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A path or query value as text (what a client would put in a URL). */
export function toUrlText(value: unknown): string {
  if (value instanceof Huge) return value.text();
  if (typeof value === 'string') return value;
  return toJsonText(value);
}

/** An object with `key` as an own property, even for `__proto__`. */
export function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target)) defineOwn(copy, k, v);
  defineOwn(copy, key, value);
  return copy;
}

/** A plain assignment to "__proto__" would set the prototype instead of adding the key. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
