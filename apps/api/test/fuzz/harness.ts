import {
  type OperationName,
  type Project,
  REST_PREFIX,
  type Task,
  type User,
} from '@acme/contract';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-server.js';
import { Model } from './model.js';
import { fuzzRuns, fuzzSeed } from './settings.js';

/**
 * One server per fuzz file, configured as in production (generic internal messages, body
 * limit, validation, response checks on) except for rate limits no fuzz run can reach. Its
 * calls carry the demo account's session (a generated log-out is followed by a new one).
 */
export async function startFuzzServer(): Promise<FuzzHarness> {
  const test = await createTestApp({
    NODE_ENV: 'production',
    VALIDATE_RESPONSES: 'true',
    RATE_LIMIT_MAX: '10000000',
    // Every generated log-in and registration is verified or hashed for real (Argon2id).
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '1000000',
    SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: '1000000',
  });
  const harness = new FuzzHarness(test);
  await harness.loadModel();
  return harness;
}

/** Tally of statuses per label (route and transport), printed when the file ends. */
class Tally {
  private readonly counts = new Map<string, Map<number, number>>();
  private readonly millis = new Map<string, number>();
  add(label: string, status: number, ms: number) {
    this.millis.set(label, (this.millis.get(label) ?? 0) + ms);
    const statuses = this.counts.get(label) ?? new Map<number, number>();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    this.counts.set(label, statuses);
  }
  report(title: string): string {
    const lines = [...this.counts.entries()].map(([label, statuses]) => {
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      const fivexx = [...statuses.entries()]
        .filter(([status]) => status >= 500)
        .reduce((a, [, n]) => a + n, 0);
      const spread = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(' ');
      const ms = Math.round(this.millis.get(label) ?? 0);
      return `  ${label}: ${total} requests, ${fivexx} × 5xx (${spread}) in ${ms} ms`;
    });
    return `[fuzz] ${title}: FUZZ_RUNS=${fuzzRuns} per property, FUZZ_SEED=${fuzzSeed}\n${lines.join('\n')}`;
  }
}

export class FuzzHarness {
  readonly model = new Model();
  readonly tally = new Tally();
  constructor(readonly test: TestApp) {}

  get bodyLimit() {
    return this.test.config.bodyLimitBytes;
  }
  get maxBatchSize() {
    return this.test.config.trpcMaxBatchSize;
  }

  async inject(label: string, options: InjectOptions) {
    const started = performance.now();
    const reply = await this.test.app.inject(options);
    this.tally.add(label, reply.statusCode, performance.now() - started);
    // A generated log-out (REST, or a tRPC call or batch naming it) may have ended the session
    // every later call needs; a new one of the same user keeps the model valid.
    const url = typeof options.url === 'string' ? options.url : (options.url?.pathname ?? '');
    if (/\/auth\/logout|logOut/.test(url)) await this.test.renewSession();
    return reply;
  }

  /** Every row of a list operation, following the cursor to the end. */
  async listAll<T>(path: string): Promise<T[]> {
    const rows: T[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const reply = await this.test.app.inject({ url: `${REST_PREFIX}${path}?limit=100${query}` });
      expect(reply.statusCode, reply.body).toBe(200);
      const page = reply.json() as { items: T[]; nextCursor: string | null };
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return rows;
  }

  async loadModel() {
    this.model.setCaller(this.test.session.user.id);
    for (const user of await this.listAll<User>('/users')) this.model.putUser(user);
    for (const project of await this.listAll<Project>('/projects')) this.model.putProject(project);
    for (const task of await this.listAll<Task>('/tasks')) this.model.putTask(task);
  }

  /** The listings, paged to the end, hold exactly what the model says. */
  async expectListingsMatchModel() {
    const byId = <T extends { id: string }>(rows: Iterable<T>) =>
      [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await this.listAll<User>('/users'))).toEqual(byId(this.model.users.values()));
    expect(byId(await this.listAll<Project>('/projects'))).toEqual(
      byId(this.model.projects.values()),
    );
    expect(byId(await this.listAll<Task>('/tasks'))).toEqual(byId(this.model.tasks.values()));
  }

  report(title: string) {
    console.log(this.tally.report(title));
  }

  close() {
    return this.test.close();
  }
}

export type { OperationName };
