/**
 * What the Dart emitters render: quicktype's type graph and names, joined with what the JSON
 * Schema says and quicktype's graph drops (defaults, literals, discriminators, property order).
 */

/** The Dart type of a value (never nullable itself: nullability is `nullable`). */
export type DartType =
  | { kind: 'string' | 'int' | 'double' | 'bool' | 'dateTime' }
  | { kind: 'list'; items: DartType }
  | { kind: 'map'; values: DartType }
  | { kind: 'nullable'; inner: DartType }
  /** A generated class or sealed union: `X.fromJson(json, path)` and `x.toJson()`. */
  | { kind: 'model'; name: string }
  /** A generated enum: `X.fromJson(json, path)`, `x.toJson()`, and an `unknown` member. */
  | { kind: 'enum'; name: string };

/**
 * How a field is present on the wire (nullability itself is a `nullable` type):
 * - required: always present (a nullable type may be null: `.nullable()`);
 * - optional: may be absent (`.optional()`; `.nullish()` when the type is nullable; the
 *   defaulted fields of input shapes, which the server fills in);
 * - defaulted: may be absent, then the Zod default applies (output shapes, as Zod parses).
 */
export type Presence = 'required' | 'optional' | 'defaulted';

export interface FieldIR {
  jsonName: string;
  dartName: string;
  type: DartType;
  presence: Presence;
  /** For `defaulted`: the Zod default, as JSON. */
  defaultJson?: unknown;
  /** A field fixed to one literal value (`z.literal`): a constant getter, not a parameter. */
  literal?: string | number | boolean;
  /** The literal is the discriminator of a sealed union the class implements. */
  overrides?: boolean;
  description?: string;
  /** Marked deprecated in the contract (`.meta({ deprecated: true })`): `@Deprecated`. */
  deprecated?: true;
  /**
   * A secret (a password, a session token): the contract marks it `format: 'password'`, the
   * OpenAPI hint to obscure a value. toString shows `<redacted>` instead of the value, so that
   * a logged model never carries it.
   */
  secret?: true;
}

export interface ClassIR {
  kind: 'class';
  component: string;
  dartName: string;
  description?: string;
  fields: FieldIR[];
  /** Sealed unions this class is a variant of (same library). */
  implements: string[];
}

export interface EnumIR {
  kind: 'enum';
  component: string;
  dartName: string;
  description?: string;
  cases: { dartName: string; wire: string }[];
}

export interface UnionIR {
  kind: 'union';
  component: string;
  dartName: string;
  description?: string;
  /** JSON name and Dart name of the discriminator property. */
  discriminator: { jsonName: string; dartName: string };
  variants: { tag: string; className: string }[];
  /** The variant that keeps the JSON of a tag added later. */
  unknownName: string;
}

export type DeclarationIR = ClassIR | EnumIR | UnionIR;

/** One generated Dart file: a library, or a `part of` one (sealed unions and variants). */
export interface DartFileIR {
  path: string;
  /** Set for parts: the library file (path) this one belongs to. */
  partOf?: string;
  /** For libraries: their parts' paths. */
  parts: string[];
  declarations: DeclarationIR[];
}
