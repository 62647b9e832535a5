import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('defaults to file-backed PGlite in .data/pglite, loopback, port 3000, rate limit on', () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ driver: 'pglite', dataDir: '.data/pglite' });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, env: 'development' });
    expect(config.rateLimit.enabled).toBe(true);
    expect(config.requestTimeoutMs).toBeGreaterThan(0);
    expect(config.connectionTimeoutMs).toBeGreaterThan(0);
    expect(config.validateResponses).toBe(true);
  });

  it('uses node-postgres when DATABASE_URL is set, in the configured schema', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgres://u:p@localhost:5432/app',
      DATABASE_SCHEMA: 'tenant_a',
    });
    expect(config.database).toEqual({
      driver: 'postgres',
      url: 'postgres://u:p@localhost:5432/app',
      schema: 'tenant_a',
    });
  });

  it('parses lists and flags', () => {
    const config = parseConfig({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      RATE_LIMIT_ENABLED: 'off',
      NODE_ENV: 'production',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.rateLimit.enabled).toBe(false);
    expect(config.validateResponses).toBe(false);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', ''],
    ['PORT', '0x10'],
    ['REQUEST_TIMEOUT_MS', '1e3'],
    ['RATE_LIMIT_MAX', ' 5'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DATABASE_SCHEMA', 'Robert"); drop'],
    ['LOG_LEVEL', 'loud'],
    ['RATE_LIMIT_ENABLED', 'maybe'],
    ['BODY_LIMIT_BYTES', '0'],
    ['SEED', 'sometimes'],
  ])('names %s when it is %j', (variable, value) => {
    const error = problemsOf({ [variable]: value });
    expect(error.problems.map((problem) => problem.variable)).toEqual([variable]);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('reports every bad variable at once', () => {
    const error = problemsOf({ PORT: '-1', HOST: '' });
    expect(error.problems.map((problem) => problem.variable).sort()).toEqual(['HOST', 'PORT']);
  });
});
