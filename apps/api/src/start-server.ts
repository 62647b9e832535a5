import { type AppConfig, parseConfig } from './config.js';
import { buildServer, type ServerOptions } from './server.js';

export interface StartedServer {
  /** Base URL, e.g. `http://127.0.0.1:43567` (REST under /api/v1, tRPC under /trpc). */
  url: string;
  close(): Promise<void>;
}

/**
 * A running API for other packages' tests and the web e2e: loopback, a free port, an
 * in-memory database seeded with the example data unless `seed: false`. Reads no environment.
 */
export async function startServer(
  overrides: Partial<Omit<AppConfig, 'seed'>> & { seed?: boolean } = {},
  options: Pick<ServerOptions, 'appVersionPolicy'> = {},
): Promise<StartedServer> {
  const { seed = true, ...rest } = overrides;
  const config: AppConfig = {
    ...parseConfig({ NODE_ENV: 'test', PGLITE_DATA_DIR: 'memory://' }),
    host: '127.0.0.1',
    port: 0,
    ...rest,
    seed: seed ? 'auto' : 'never',
  };
  const app = await buildServer(config, options);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') {
    await app.close();
    throw new Error(`Expected a TCP address, got ${String(address)}`);
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, close: () => app.close() };
}
