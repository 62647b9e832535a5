/**
 * What the generated Dart decoder tolerates. Each snapshot records the set its app version
 * shipped with, because whether a change breaks an installed app depends on that app's
 * decoder, not on today's generator. Change a value here in the same commit that changes the
 * Dart target's behaviour.
 */
export const DART_DECODER_FEATURES = {
  /** Enums decode an unrecognised value to `unknown` instead of throwing. */
  enumUnknownFallback: true,
  /** Sealed unions decode an unrecognised discriminator tag to an `Unknown...` variant. */
  unionUnknownVariant: true,
  /** An absent defaulted response field decodes to its Zod default. */
  defaultsOnAbsent: true,
  /** Fields the model does not declare are ignored. */
  ignoresUnknownFields: true,
  /** `int` fields accept only JSON integers (1.5 or 2.0 throw). */
  intRejectsFractions: true,
  /** `date-time` strings are parsed into DateTime, which throws on anything else. */
  dateTimeParsed: true,
  /** The client takes any 2xx as success (no body on 204), not only the status it was made for. */
  acceptsAnySuccessStatus: true,
} as const satisfies Record<string, boolean>;

export type DecoderFeatures = { [K in keyof typeof DART_DECODER_FEATURES]: boolean };
export type DecoderFeature = keyof DecoderFeatures;

/**
 * Assumed for a feature a snapshot does not record (written by an older tool): the value that
 * makes the check stricter, so a missing fact can only add findings, never hide a break.
 */
export const CONSERVATIVE_FEATURES: DecoderFeatures = {
  enumUnknownFallback: false,
  unionUnknownVariant: false,
  defaultsOnAbsent: false,
  ignoresUnknownFields: false,
  intRejectsFractions: true,
  dateTimeParsed: true,
  acceptsAnySuccessStatus: false,
};

export const featureNames = Object.keys(DART_DECODER_FEATURES) as DecoderFeature[];
