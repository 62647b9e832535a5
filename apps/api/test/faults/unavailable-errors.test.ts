import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../src/db/errors.js';
import { toApiError } from '../../src/errors.js';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

// What drivers throw when the database is away (seen with node-postgres against a stopped
// PostgreSQL 15 and a closed PGlite), and what they throw for a bad query, which must stay
// distinguishable: only the first kind is a 503 the client may retry.
describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5433')],
    ['dual-stack connect', new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])],
    [
      'admin shutdown (pg_ctl stop -m fast)',
      coded('57P01', 'terminating connection due to administrator command'),
    ],
    ['server starting up', coded('57P03', 'the database system is starting up')],
    ['connection failure class 08', coded('08006')],
    ['socket closed mid-query', new Error('Connection terminated unexpectedly')],
    ['pool wait timed out', new Error('timeout exceeded when trying to connect')],
    ['closed PGlite', new Error('PGlite is closed')],
    ['reopen not possible yet', new DatabaseUnavailableError('No database in /data')],
    ['wrapped by drizzle', new DrizzleQueryError('select 1', [], coded('57P01') as Error)],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toApiError(error, true)).toEqual({
      code: 'UNAVAILABLE',
      message: 'The database is unavailable; retry later',
    });
  });

  it.each([
    ['unique violation', coded('23505')],
    ['syntax error', coded('42601')],
    ['plain failure', new Error('boom')],
    ['wrapped bug', new DrizzleQueryError('select x', [], new TypeError('x is not a function'))],
    ['not an error', 'ECONNREFUSED'],
  ])('%s: not unavailable (stays a 500 or its own code)', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(toApiError(error, true).code).not.toBe('UNAVAILABLE');
  });
});
