/**
 * A start-up failure that a setting explains (the database cannot be reached, the data
 * directory is unusable, the port is taken): the entry points print its one-line message,
 * which names the setting and what to do, and exit 1 without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
  constructor(
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
  }
}
