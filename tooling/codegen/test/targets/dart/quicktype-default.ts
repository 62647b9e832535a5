import type { JsonSchema } from '@acme/contract';
import { DartTargetLanguage, quicktype } from 'quicktype-core';
import { contractInput } from '../../../src/targets/dart/quicktype/run.js';

/**
 * What quicktype-core 26 makes of the same component schemas with its DEFAULT Dart target and
 * options (one input, one shared document, as the project feeds it): the left-hand column of
 * docs/dart-output.md, checked by docs.test.ts.
 */
export async function quicktypeDefaultDart(components: Record<string, JsonSchema>) {
  const definitions = JSON.parse(
    JSON.stringify(components).replaceAll('#/components/schemas/', '#/definitions/'),
  ) as Record<string, JsonSchema>;
  const result = await quicktype({
    inputData: contractInput({ definitions }),
    lang: new DartTargetLanguage(),
  });
  return `${result.lines.join('\n')}\n`;
}
