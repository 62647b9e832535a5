import { describe, expect, it } from 'vitest';
import { sameDartTokens } from '../../src/dart-syntax/index.js';

// --check compares generated Dart by tokens: layout a formatter may change is not drift, any
// change to what the code says is.
describe('sameDartTokens', () => {
  const adjacent = "String f() =>\n    'a $b, '\n    'c';\n";

  it('ignores the re-indentation of adjacent strings (dart format at another width)', async () => {
    expect(await sameDartTokens(adjacent, "String f() => 'a $b, '\n        'c';\n")).toBe(true);
    expect(await sameDartTokens(adjacent, "String f() => 'a $b, ' 'c';\n")).toBe(true);
  });

  it.each([
    ["a string's own text", "String f() =>\n    'a $b,  '\n    'c';\n"],
    ['an interpolation', "String f() =>\n    'a $x, '\n    'c';\n"],
    ['a string merged into the next', "String f() =>\n    'a $b, c';\n"],
    ['a triple-quoted string', "String f() =>\n    '''a $b, '''\n    'c';\n"],
  ])('still reports a change to %s', async (_what, edited) => {
    expect(await sameDartTokens(adjacent, edited)).toBe(false);
  });
});
