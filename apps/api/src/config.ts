import { z } from 'zod';

/** Environment flags arrive as strings; accept the usual spellings and reject anything else. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

/**
 * A whole number written in decimal digits: z.coerce.number would take "" as 0 (an empty
 * `PORT=` listened on a random port), and "0x10", "1e3" or " 5" as numbers.
 */
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'must be a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const positiveInt = (max: number) => integer(1, max);

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0),
);

/**
 * Every setting the API reads, by environment variable name. This file is the only place that
 * touches process.env; everything else receives an AppConfig.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** When set, node-postgres against this server; otherwise embedded PGlite. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Schema holding the tables (PostgreSQL only): lets test files share one database. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lowercase letters, digits and _ only')
    .default('public'),
  /** PGlite data directory, or `memory://` for a throwaway in-memory database. */
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Comma-separated allowed origins; empty means no cross-origin access. */
  CORS_ORIGINS: commaList.default([]),
  RATE_LIMIT_ENABLED: flag.default(true),
  RATE_LIMIT_MAX: positiveInt(10_000_000).default(1000),
  RATE_LIMIT_WINDOW_MS: positiveInt(86_400_000).default(60_000),
  BODY_LIMIT_BYTES: positiveInt(100 * 1024 * 1024).default(1024 * 1024),
  REQUEST_TIMEOUT_MS: positiveInt(600_000).default(30_000),
  CONNECTION_TIMEOUT_MS: positiveInt(600_000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt(600_000).default(72_000),
  SHUTDOWN_GRACE_MS: positiveInt(600_000).default(10_000),
  TRPC_MAX_BATCH_SIZE: positiveInt(1000).default(20),
  /** How long a session lasts from log-in (default 30 days). */
  SESSION_TTL_SECONDS: positiveInt(31_536_000).default(2_592_000),
  /**
   * How long a looked-up session is served from memory (0: every call asks the database). A
   * logged-out token may still work on other instances for this long.
   */
  SESSION_CACHE_TTL_MS: integer(0, 3_600_000).default(60_000),
  SESSION_CACHE_MAX: positiveInt(10_000_000).default(10_000),
  /** Log-in attempts per account, and sign-in attempts per client address, per window. */
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: positiveInt(1_000_000).default(10),
  SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: positiveInt(1_000_000).default(100),
  SIGN_IN_WINDOW_MS: positiveInt(86_400_000).default(900_000),
  /** Check every response against the contract with Zod (default: on, except in production). */
  VALIDATE_RESPONSES: flag.optional(),
  /** `auto`: seed an empty database on start; `never`: leave it empty. */
  SEED: z.enum(['auto', 'never']).default('auto'),
});

type Env = z.output<typeof EnvSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  database:
    | { driver: 'postgres'; url: string; schema: string }
    | { driver: 'pglite'; dataDir: string };
  corsOrigins: string[];
  rateLimit: { enabled: boolean; max: number; windowMs: number };
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  shutdownGraceMs: number;
  trpcMaxBatchSize: number;
  sessions: { ttlSeconds: number; cacheTtlMs: number; cacheMax: number };
  signInLimits: { perAccount: number; perAddress: number; windowMs: number };
  validateResponses: boolean;
  seed: Env['SEED'];
}

/** A bad environment: names every offending variable so the fix is obvious at start. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems
        .map((problem) => `  ${problem.variable}: ${problem.message}`)
        .join('\n')}`,
    );
  }
}

/** Builds the configuration from an environment record (process.env or a test's own object). */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? 'environment');
        const received = env[variable];
        const shown = received === undefined ? '' : ` (got ${JSON.stringify(received)})`;
        return { variable, message: `${issue.message}${shown}` };
      }),
    );
  }
  const e = result.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    database: e.DATABASE_URL
      ? { driver: 'postgres', url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA }
      : { driver: 'pglite', dataDir: e.PGLITE_DATA_DIR },
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      max: e.RATE_LIMIT_MAX,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
    },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: e.CONNECTION_TIMEOUT_MS,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    trpcMaxBatchSize: e.TRPC_MAX_BATCH_SIZE,
    sessions: {
      ttlSeconds: e.SESSION_TTL_SECONDS,
      cacheTtlMs: e.SESSION_CACHE_TTL_MS,
      cacheMax: e.SESSION_CACHE_MAX,
    },
    signInLimits: {
      perAccount: e.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
      perAddress: e.SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMs: e.SIGN_IN_WINDOW_MS,
    },
    validateResponses: e.VALIDATE_RESPONSES ?? !production,
    seed: e.SEED,
  };
}

/** The configuration of this process. */
export const loadConfig = (): AppConfig => parseConfig(process.env);
