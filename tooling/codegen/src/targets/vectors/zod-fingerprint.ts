/**
 * A fingerprint of one model's Zod definition: a hash of everything Zod's parse of it depends
 * on, for the watch session's memo of vector files (vector-file-memo.ts). The vectors read Zod
 * only through safeParse (accepted or not, and the output: see oracle.ts), and Zod builds every
 * schema's parse from its definition (`_zod.def`) and its class, so those are what is hashed:
 * every definition value, the class's traits, regular expressions by source and flags, and
 * functions (refinements, transforms) by source text where that text alone says what they do
 * (closure-free.ts). Other registered models are not walked but named and returned, so that
 * the caller adds their own fingerprints (a model's key covers what it references).
 *
 * Conservative: undefined (do not memoize) for anything it cannot capture, e.g. a refinement
 * that reads a variable around it, `.catch()` (its value is hidden in a closure), a
 * superRefine or `.check(fn)` (the function sits outside the definition), a class instance,
 * a symbol, or a definition that throws when read.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isClosureFree } from './closure-free.js';

export interface ZodFingerprint {
  hash: string;
  /** Ids of the registered models this one refers to directly. */
  models: string[];
}

interface ZodInternals {
  def: Record<string, unknown>;
  traits: Set<string>;
  check?: unknown;
  onattach?: unknown[];
  innerType?: unknown;
}

class Unreliable extends Error {}

const internalsOf = (value: object): ZodInternals | undefined => {
  const internals = (value as { _zod?: ZodInternals })._zod;
  return internals && typeof internals === 'object' && internals.def ? internals : undefined;
};

/**
 * Zod's own functions in definitions that close over nothing of the contract: the default
 * `when` of size and length checks (module-level in zod, known by identity, so a function of
 * the contract with the same text is not mistaken for one). Empty if the contract's zod were
 * not this one: then nothing with a size check is memoized.
 */
let zodFunctions: Set<unknown> | undefined;
function isZodOwnFunction(fn: unknown): boolean {
  if (!zodFunctions) {
    const whenOf = (schema: z.ZodType) =>
      ((internalsOf(schema)?.def.checks ?? []) as object[]).map(
        (check) => internalsOf(check)?.def.when,
      );
    zodFunctions = new Set(
      [
        ...whenOf(z.string().min(1).max(2).length(1)),
        ...whenOf(z.array(z.string()).min(1).max(2).length(1)),
        ...whenOf(z.set(z.string()).min(1).max(2).size(1)),
      ].filter((when) => typeof when === 'function'),
    );
  }
  return zodFunctions.has(fn);
}

/**
 * The fingerprint of `root`'s definition; `idOf` names the registered models (walked only for
 * the root itself).
 */
export function zodFingerprint(
  root: z.ZodType,
  idOf: (schema: object) => string | undefined,
): ZodFingerprint | undefined {
  const parts: string[] = [];
  const models = new Set<string>();
  /** Objects already written, by position: shared and recursive parts appear once. */
  const seen = new Map<object, number>();

  const visitFunction = (fn: () => unknown) => {
    const source = Function.prototype.toString.call(fn);
    if (isZodOwnFunction(fn)) parts.push(`zodfn ${source}`);
    else if (isClosureFree(source)) parts.push(`fn ${source}`);
    else throw new Unreliable();
  };

  const visitZod = (internals: ZodInternals) => {
    parts.push(`zod ${[...internals.traits].sort().join(' ')} {`);
    visitEntries(internals.def, internals.def.type === 'lazy');
    // A lazy schema parses with what its getter returns (called once, by Zod, and kept).
    if (internals.def.type === 'lazy') visit(internals.innerType);
    // A bare check (`.check(fn)`, superRefine, describe) runs a function set outside its
    // definition, as do its attach hooks.
    if (internals.traits.size === 1 && internals.traits.has('$ZodCheck')) {
      visit(internals.check);
      for (const hook of internals.onattach ?? []) visit(hook);
    }
    parts.push('}');
  };

  /** A definition's or plain object's own properties, in order (order shows in outputs). */
  const visitEntries = (object: object, lazy = false) => {
    if (Object.getOwnPropertySymbols(object).length > 0) throw new Unreliable();
    for (const key of Object.getOwnPropertyNames(object)) {
      const value = (object as Record<string, unknown>)[key];
      // Error maps only word the issues, which the vectors never read; a lazy getter is
      // replaced by what it returned (above).
      if (key === 'error' && typeof value === 'function') continue;
      if (lazy && key === 'getter') continue;
      parts.push(JSON.stringify(key));
      visit(value);
    }
  };

  const visit = (value: unknown): void => {
    switch (typeof value) {
      case 'undefined':
      case 'boolean':
      case 'bigint':
        parts.push(`${typeof value} ${String(value)}`);
        return;
      case 'number':
        parts.push(`number ${Object.is(value, -0) ? '-0' : String(value)}`);
        return;
      case 'string':
        parts.push(JSON.stringify(value));
        return;
      case 'function':
        visitFunction(value as () => unknown);
        return;
      case 'symbol':
        throw new Unreliable();
    }
    if (value === null) {
      parts.push('null');
      return;
    }
    const object = value as object;
    const internals = internalsOf(object);
    const id = internals && object !== root ? idOf(object) : undefined;
    if (id !== undefined) {
      parts.push(`model ${JSON.stringify(id)}`);
      models.add(id);
      return;
    }
    const position = seen.get(object);
    if (position !== undefined) {
      parts.push(`seen ${position}`);
      return;
    }
    seen.set(object, seen.size);
    if (internals) {
      visitZod(internals);
      return;
    }
    if (object instanceof RegExp) {
      parts.push(`regexp ${object.source} ${object.flags}`);
      return;
    }
    if (Array.isArray(object)) {
      parts.push(`array ${object.length} [`);
      for (const item of object) visit(item);
      parts.push(']');
      return;
    }
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) throw new Unreliable();
    parts.push('{');
    visitEntries(object);
    parts.push('}');
  };

  try {
    visit(root);
  } catch {
    // Unreliable, or a definition that threw when read (a getter): Zod's own run reports it.
    return undefined;
  }
  const hash = createHash('sha256').update(parts.join('\n')).digest('base64');
  return { hash, models: [...models].sort() };
}
