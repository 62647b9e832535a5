import { REST_PREFIX } from '@acme/contract';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../src/db/seed.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({
    RATE_LIMIT_ENABLED: 'false',
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '1000',
    SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
  });
});
afterAll(() => test.close());

async function timedLogIn(email: string): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await test.app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/auth/login`,
    headers: { authorization: '' },
    payload: { email, password: 'a wrong password' },
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  expect(response.statusCode).toBe(401);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

// Without the decoy hash an unknown account answers in well under a millisecond and a wrong
// password after a full Argon2id verification (tens of milliseconds): a ratio of 50 or more.
// The bound is generous for a shared, noisy machine and still fails that by far.
it('a failed log-in takes as long whether the account exists or not', async () => {
  const existing: number[] = [];
  const unknown: number[] = [];
  await timedLogIn(DEMO_ACCOUNT.email); // warm-up: the decoy hash and the code paths
  await timedLogIn('warm-up@example.com');
  for (let i = 0; i < 15; i++) {
    existing.push(await timedLogIn(DEMO_ACCOUNT.email));
    unknown.push(await timedLogIn(`nobody-${i}@example.com`));
  }
  const ratio = median(unknown) / median(existing);
  console.info(
    `[timing] failed log-in, median of 15: existing account ${median(existing).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
  );
  expect(ratio).toBeGreaterThan(0.5);
  expect(ratio).toBeLessThan(2);
});
