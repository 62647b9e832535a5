import { describe, expect, it } from 'vitest';
import { LEAKS } from './response-checks.js';

const leaks = (text: string) => LEAKS.filter((leak) => leak.test(text));

describe('the leak patterns of the fuzz checks', () => {
  it('find stack frames in any of their forms', () => {
    for (const frame of [
      'boom at handler (/srv/app/dist/index.js:12:5)',
      'boom at Object.<anonymous> (node:internal/modules/cjs/loader:1:2)',
      'boom at new Thing (<anonymous>)',
      'boom at Array.map (native)',
      'boom at async Promise.all (index 0)',
    ]) {
      expect(leaks(frame), frame).not.toEqual([]);
    }
  });

  it('leave the JSON parser messages of Node 20, 22 and 24 alone', () => {
    for (const message of [
      'The request body is not valid JSON: Unexpected token } in JSON at position 7',
      'The request body is not valid JSON: Expected double-quoted property name in JSON at position 7 (line 1 column 8)',
      'The request body is not valid JSON: Unexpected non-whitespace character after JSON at position 1 (line 1 column 2)',
    ]) {
      expect(leaks(message), message).toEqual([]);
    }
  });
});
