import { ConfigError } from './config.js';
import { StartupError } from './startup-error.js';

/**
 * Runs a start-up step of an entry point (the server, the seed command). A mistake in the
 * environment is the operator's to fix: its message names the setting and the fix, printed
 * without a stack, and the process exits 1. Anything else is a bug and keeps its stack.
 */
export async function exitOnStartupError<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
