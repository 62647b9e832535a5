/**
 * Whether this thread generates again and again (a watch session, see session/): then the
 * background workers and esbuild's service stay up between runs, esbuild rebuilds the contract
 * incrementally, and every run imports the contract afresh (a new bundle, Zod's global registry
 * emptied first). A one-shot run (the default) releases all of that as soon as it is done with it.
 */
let warm = false;

export function keepWarm(on: boolean): void {
  warm = on;
}

export function isWarm(): boolean {
  return warm;
}
