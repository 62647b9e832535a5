import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_VERSION_HEADER,
  ApiRequestError,
  CONTRACT_VERSION,
  CONTRACT_VERSION_HEADER,
  createApiClient,
  UpdateRequiredError,
  unwrap,
} from '../src/index.js';

// The handshake against the real server, whose policy retires every app version below 2.0.0.
const API_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/api/src/index.ts');
interface Api {
  buildServer(
    config: object,
    options: object,
  ): Promise<{
    listen(options: object): Promise<string>;
    close(): Promise<void>;
  }>;
  parseConfig(env: Record<string, string>): object;
}

let server: Awaited<ReturnType<Api['buildServer']>>;
let baseUrl: string;
const sent: Headers[] = [];
beforeAll(async () => {
  const api = (await import(API_ENTRY)) as Api;
  server = await api.buildServer(
    api.parseConfig({ NODE_ENV: 'test', PGLITE_DATA_DIR: 'memory://', SEED: 'never' }),
    { appVersionPolicy: { contractVersion: CONTRACT_VERSION, minimumSupportedVersion: '2.0.0' } },
  );
  baseUrl = `${await server.listen({ host: '127.0.0.1', port: 0 })}/api/v1`;
}, 120_000);
afterAll(() => server?.close());

const client = (appVersion?: string) =>
  createApiClient({
    baseUrl,
    ...(appVersion ? { appVersion } : {}),
    fetch: (request) => {
      sent.push(request.headers);
      return fetch(request);
    },
  });

describe('the app-version handshake', () => {
  it('sends the contract version it was generated from, and the app version it is given', async () => {
    await unwrap(client('2.1.0').GET('/health'));
    const headers = sent.at(-1);
    expect(headers?.get(CONTRACT_VERSION_HEADER)).toBe(CONTRACT_VERSION);
    expect(headers?.get(APP_VERSION_HEADER)).toBe('2.1.0');
  });

  it('a retired app version: unwrap throws UpdateRequiredError with the minimum', async () => {
    const error = await unwrap(client('1.9.9').GET('/health')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UpdateRequiredError);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as UpdateRequiredError).status).toBe(426);
    expect((error as UpdateRequiredError).minimumAppVersion).toBe('2.0.0');
  });

  it('no app version (a browser tab that does not say): served', async () => {
    const health = await unwrap(client().GET('/health'));
    expect(health.status).toBe('ok');
    expect(sent.at(-1)?.has(APP_VERSION_HEADER)).toBe(false);
  });
});
