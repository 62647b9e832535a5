import { describe, expect, it } from 'vitest';
import { modelIdOf, routes } from '../src/index.js';

describe('route table', () => {
  it.each(Object.entries(routes))('%s declares exactly the params its path names', (_, route) => {
    const inPath = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const declared = Object.keys('params' in route ? route.params.shape : {}).sort();
    expect(declared).toEqual(inPath);
  });

  it.each(Object.entries(routes))('%s sends and receives registered models', (_, route) => {
    if (route.response) expect(modelIdOf(route.response)).toBeTypeOf('string');
    if ('body' in route) expect(modelIdOf(route.body)).toBeTypeOf('string');
  });

  it('has no two operations on the same method and path', () => {
    const keys = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers 204 exactly when it has no response body', () => {
    for (const route of Object.values(routes)) {
      expect(route.successStatus === 204).toBe(route.response === null);
    }
  });
});
