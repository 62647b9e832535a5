import type { DecoderFeatures } from './features.js';

export type ChangeClass = 'breaking' | 'warning' | 'safe';
/** Response: can the old app's decoder read it? Request: does the new server accept the old app? */
export type Side = 'request' | 'response' | 'route';

/** What a verdict may depend on besides the old app's decoder features. */
export interface Facts {
  /** The old shape required the property (response side: the old decoder insists on it). */
  oldRequired?: boolean;
  /** The old shape had a default (the old decoder falls back to it when the field is absent). */
  oldHadDefault?: boolean;
  /** The new object rejects unknown properties (`additionalProperties: false`). */
  newClosed?: boolean;
  /** The old string format, e.g. `date-time`. */
  oldFormat?: string;
  /** The query parameter old apps send (removed or renamed). */
  param?: string;
  /** The name it was renamed to (`param-renamed`). */
  renamedTo?: string;
}

export type Verdict = {
  class: ChangeClass;
  why: string;
  /** How to make the change compatible, where there is a usual way; shown while it blocks. */
  fix?: string;
};
type Judge = (features: DecoderFeatures, facts: Facts) => Verdict;

const is =
  (verdictClass: ChangeClass, why: string): Judge =>
  () => ({ class: verdictClass, why });

interface Rule {
  /** Short name of the change, used in changelog lines. */
  title: string;
  route?: Judge;
  request?: Judge;
  response?: Judge;
}

const newFieldsInResponse: Judge = (features) =>
  features.ignoresUnknownFields
    ? { class: 'safe', why: 'old apps ignore fields they do not know' }
    : { class: 'breaking', why: 'this app version rejects unknown fields' };

const absentInResponse: Judge = (features, facts) => {
  if (facts.oldRequired === false) {
    return { class: 'warning', why: 'old apps treat it as always absent' };
  }
  if (features.defaultsOnAbsent && facts.oldHadDefault) {
    return { class: 'warning', why: 'old apps fall back to the old default when it is absent' };
  }
  return { class: 'breaking', why: 'the old decoder requires it and throws when it is absent' };
};

const narrowedRequest = is('breaking', 'the new server rejects values old apps may still send');
const widenedRequest = is('safe', 'the new server accepts everything it accepted before');
const narrowedResponse = is('safe', 'the server sends a subset of what old apps accept');
const widenedResponseUnchecked = is(
  'warning',
  'old decoders do not check it, but old app code may rely on the old bound',
);

/** Bound keywords: tightening narrows the value set, loosening widens it. */
const boundRules = <N extends string>(
  name: N,
  keyword: string,
): Record<`${N}-tightened` | `${N}-loosened`, Rule> =>
  ({
    [`${name}-tightened`]: {
      title: `${keyword} tightened`,
      request: narrowedRequest,
      response: narrowedResponse,
    },
    [`${name}-loosened`]: {
      title: `${keyword} loosened`,
      request: widenedRequest,
      response: widenedResponseUnchecked,
    },
  }) as Record<`${N}-tightened` | `${N}-loosened`, Rule>;

/**
 * Every change kind the checker reports and how it is classified for old apps. The table is the
 * rule list: docs/breaking-changes.md and the table-driven test are checked against its keys.
 */
export const RULES = {
  'route-removed': {
    title: 'route removed',
    route: is('breaking', 'old apps still call it and get 404'),
  },
  'route-added': { title: 'route added', route: is('safe', 'old apps never call it') },
  'route-method-changed': {
    title: 'HTTP method changed',
    route: is('breaking', 'old apps call the old method'),
  },
  'route-path-changed': {
    title: 'path changed',
    route: is('breaking', 'old apps call the old path'),
  },
  'operation-renamed': {
    title: 'operation renamed',
    route: is('safe', 'same method and path: the REST wire is unchanged'),
  },
  'path-param-renamed': {
    title: 'path parameter renamed',
    route: is('safe', 'path parameters are positional on the wire'),
  },
  'success-status-changed': {
    title: 'success status changed',
    route: (features) =>
      features.acceptsAnySuccessStatus
        ? { class: 'safe', why: 'old apps accept any 2xx status' }
        : { class: 'breaking', why: 'old apps check the status they were generated with' },
  },
  'response-body-removed': {
    title: 'response body removed',
    route: is('breaking', 'old apps decode a body that no longer comes'),
  },
  'response-body-added': {
    title: 'response body added',
    route: is('safe', 'old apps ignore the body of a No Content route'),
  },
  'request-body-added': {
    title: 'request body added',
    route: is('breaking', 'old apps send no body'),
  },
  'request-body-removed': {
    title: 'request body removed',
    route: is('warning', 'the server ignores what old apps still send'),
  },
  'access-narrowed': {
    title: 'sign-in now required',
    route: is('breaking', 'old apps call it without a session and get 401'),
  },
  'access-widened': {
    title: 'sign-in no longer required',
    route: is('safe', 'old apps send a token the route no longer needs'),
  },
  'error-code-added': {
    title: 'error code added',
    route: is('warning', 'old apps show it as a generic error'),
  },
  'error-code-removed': {
    title: 'error code removed',
    route: is('safe', 'old apps just never see it'),
  },
  'error-status-added': {
    title: 'error status added',
    route: is('warning', 'old apps show it as a generic error'),
  },
  'error-status-removed': {
    title: 'error status removed',
    route: is('safe', 'old apps just never see it'),
  },
  'required-param-added': {
    title: 'required parameter added',
    request: is('breaking', 'old apps do not send it'),
  },
  'optional-param-added': {
    title: 'optional parameter added',
    request: is('safe', 'old apps leave it out'),
  },
  'param-removed': {
    title: 'query parameter removed',
    request: (_features, { param }) => {
      const name = param === undefined ? 'it' : `\`${param}\``;
      return {
        class: 'breaking',
        why:
          `old apps still send ${name}; the server drops query parameters it does not declare ` +
          `and answers as if ${name} were absent: no error, a different answer`,
        fix: `keep accepting ${name} (optional, marked deprecated), or acknowledge the id`,
      };
    },
  },
  'param-renamed': {
    title: 'query parameter renamed',
    request: (_features, { param, renamedTo }) => {
      const from = param === undefined ? 'the old name' : `\`${param}\``;
      const to = renamedTo === undefined ? 'the new one' : `\`${renamedTo}\``;
      return {
        class: 'breaking',
        why:
          `old apps still send ${from}, never ${to}; the server drops the old name and ` +
          `answers as if the parameter were absent: no error, a different answer`,
        fix:
          `keep accepting ${from} next to ${to} (optional, marked deprecated) and read ` +
          'either, or acknowledge the id',
      };
    },
  },
  'param-became-required': {
    title: 'parameter became required',
    request: is('breaking', 'old apps may leave it out'),
  },
  'param-became-optional': {
    title: 'parameter became optional',
    request: widenedRequest,
  },
  'property-removed': {
    title: 'property removed',
    response: absentInResponse,
    request: (_features, facts) =>
      facts.newClosed
        ? { class: 'breaking', why: 'old apps still send it and the model rejects unknown fields' }
        : { class: 'warning', why: 'the server ignores what old apps still send' },
  },
  'required-property-added': {
    title: 'required property added',
    response: newFieldsInResponse,
    request: is('breaking', 'old apps do not send it'),
  },
  'optional-property-added': {
    title: 'optional property added',
    response: newFieldsInResponse,
    request: is('safe', 'old apps leave it out'),
  },
  'property-became-optional': {
    title: 'property became optional',
    response: absentInResponse,
    request: widenedRequest,
  },
  'property-became-required': {
    title: 'property became required',
    response: narrowedResponse,
    request: is('breaking', 'old apps may leave it out'),
  },
  'became-nullable': {
    title: 'became nullable',
    response: is('breaking', 'the old decoder throws on null'),
    request: widenedRequest,
  },
  'became-non-nullable': {
    title: 'no longer nullable',
    response: narrowedResponse,
    request: is('breaking', 'old apps may still send null'),
  },
  'type-changed': {
    title: 'type changed',
    response: is('breaking', 'the old decoder expects the old type'),
    request: is('breaking', 'old apps send the old type'),
  },
  'type-widened-to-any': {
    title: 'type widened to any JSON value',
    response: is('breaking', 'the old decoder expects one type'),
    request: widenedRequest,
  },
  'int-widened-to-number': {
    title: 'integer widened to number',
    response: (features) =>
      features.intRejectsFractions
        ? { class: 'breaking', why: 'the old Dart int decoder throws on 1.5' }
        : { class: 'warning', why: 'old apps truncate fractions' },
    request: widenedRequest,
  },
  'number-narrowed-to-int': {
    title: 'number narrowed to integer',
    response: is('safe', 'old apps decode any number as double'),
    request: is('breaking', 'old apps may send fractions'),
  },
  'enum-widened-to-string': {
    title: 'enum widened to free string',
    response: (features) =>
      features.enumUnknownFallback
        ? { class: 'warning', why: 'old apps see new values as unknown' }
        : { class: 'breaking', why: 'the old enum decoder throws on new values' },
    request: widenedRequest,
  },
  'string-narrowed-to-enum': {
    title: 'free string narrowed to enum',
    response: narrowedResponse,
    request: narrowedRequest,
  },
  'enum-value-added': {
    title: 'enum value added',
    response: (features) =>
      features.enumUnknownFallback
        ? { class: 'safe', why: 'old apps decode it as unknown' }
        : { class: 'breaking', why: 'the old enum decoder throws on it' },
    request: widenedRequest,
  },
  'enum-value-removed': {
    title: 'enum value removed',
    response: narrowedResponse,
    request: is('breaking', 'old apps may still send it'),
  },
  'const-changed': {
    title: 'literal value changed',
    response: is('breaking', 'the old decoder expects the old literal'),
    request: is('breaking', 'old apps send the old literal'),
  },
  'union-variant-added': {
    title: 'union variant added',
    response: (features) =>
      features.unionUnknownVariant
        ? { class: 'safe', why: 'old apps decode it as the Unknown variant' }
        : { class: 'breaking', why: 'the old union decoder throws on an unknown tag' },
    request: widenedRequest,
  },
  'union-variant-removed': {
    title: 'union variant removed',
    response: narrowedResponse,
    request: is('breaking', 'old apps may still send it'),
  },
  'discriminator-changed': {
    title: 'discriminator property changed',
    response: is('breaking', 'old apps read the old tag property'),
    request: is('breaking', 'old apps send the old tag property'),
  },
  'union-changed': {
    title: 'union members changed',
    response: is('breaking', 'untagged unions cannot be checked member by member'),
    request: is('breaking', 'untagged unions cannot be checked member by member'),
  },
  'model-renamed': {
    title: 'model renamed',
    response: is('safe', 'type names do not travel on the wire'),
    request: is('safe', 'type names do not travel on the wire'),
  },
  'default-changed': {
    title: 'default changed',
    response: (features) =>
      features.defaultsOnAbsent
        ? { class: 'warning', why: 'old apps fill absent values with the old default' }
        : { class: 'warning', why: 'the meaning of an omitted value changed' },
    request: is('warning', 'old apps that omit it get the new default'),
  },
  'default-added': {
    title: 'default added',
    response: is('safe', 'the field is now always present'),
    request: is('safe', 'an omitted value gets a default'),
  },
  'default-removed': {
    title: 'default removed',
    response: is('safe', 'the server still sends the field'),
    request: is('warning', 'old apps that omit it no longer get a value'),
  },
  'format-added': {
    title: 'format added',
    response: narrowedResponse,
    request: narrowedRequest,
  },
  'format-removed': {
    title: 'format removed',
    response: (features, facts) =>
      features.dateTimeParsed && facts.oldFormat === 'date-time'
        ? { class: 'breaking', why: 'old apps parse it with DateTime.parse' }
        : widenedResponseUnchecked(features, facts),
    request: widenedRequest,
  },
  'format-changed': {
    title: 'format changed',
    response: (features, facts) =>
      features.dateTimeParsed && facts.oldFormat === 'date-time'
        ? { class: 'breaking', why: 'old apps parse it with DateTime.parse' }
        : widenedResponseUnchecked(features, facts),
    request: narrowedRequest,
  },
  'pattern-added': {
    title: 'pattern added',
    response: narrowedResponse,
    request: narrowedRequest,
  },
  'pattern-removed': {
    title: 'pattern removed',
    response: widenedResponseUnchecked,
    request: widenedRequest,
  },
  'pattern-changed': {
    title: 'pattern changed',
    response: widenedResponseUnchecked,
    request: narrowedRequest,
  },
  'multiple-of-changed': {
    title: 'multipleOf changed',
    response: widenedResponseUnchecked,
    request: narrowedRequest,
  },
  'additional-properties-closed': {
    title: 'unknown properties now rejected',
    response: narrowedResponse,
    request: is('breaking', 'old apps may send properties the model no longer lists'),
  },
  'additional-properties-opened': {
    title: 'unknown properties now allowed',
    response: newFieldsInResponse,
    request: widenedRequest,
  },
  'deprecated-added': {
    title: 'deprecated',
    response: is('safe', 'still served'),
    request: is('safe', 'still accepted'),
  },
  ...boundRules('max-length', 'maxLength'),
  ...boundRules('min-length', 'minLength'),
  ...boundRules('max-items', 'maxItems'),
  ...boundRules('min-items', 'minItems'),
  ...boundRules('maximum', 'maximum'),
  ...boundRules('minimum', 'minimum'),
  ...boundRules('max-properties', 'maxProperties'),
  ...boundRules('min-properties', 'minProperties'),
} satisfies Record<string, Rule>;

export type ChangeKind = keyof typeof RULES;
export const changeKinds = Object.keys(RULES) as ChangeKind[];

export function classify(
  kind: ChangeKind,
  side: Side,
  features: DecoderFeatures,
  facts: Facts = {},
): Verdict {
  const judge = (RULES[kind] as Rule)[side];
  if (judge === undefined) throw new Error(`rule ${kind} has no ${side} verdict`);
  return judge(features, facts);
}

export const titleOf = (kind: ChangeKind) => RULES[kind].title;
