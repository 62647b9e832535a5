import { isDeepStrictEqual } from 'node:util';
import { sameDartTokens } from '../dart-syntax/index.js';

/** Git may check text out with CRLF on Windows; line endings are never drift. */
const lf = (text: string) => text.replace(/\r\n/g, '\n');

/**
 * Whether a file on disk still says what the generator would write. Formatter-proof: Dart and
 * TypeScript compare as token sequences, JSON as parsed values, so running `dart format`,
 * Biome or Prettier over generated files is not drift; any change to what the code means is.
 */
export async function sameContents(path: string, expected: string, actual: string) {
  const [want, have] = [lf(expected), lf(actual)];
  if (want === have) return true;
  if (path.endsWith('.dart')) return sameDartTokens(want, have);
  if (/\.[cm]?tsx?$/.test(path)) {
    // Loaded on demand: TypeScript is a large import and only needed when the texts differ.
    const { sameTsTokens } = await import('./ts-tokens.js');
    return sameTsTokens(want, have);
  }
  if (path.endsWith('.json')) return sameJson(want, have);
  return false;
}

function sameJson(expected: string, actual: string): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(expected), JSON.parse(actual));
  } catch {
    return false;
  }
}
