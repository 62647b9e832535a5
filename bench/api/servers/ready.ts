import type { AddressInfo } from 'node:net';

/** Tells the parent process (run.ts) where this server listens: one JSON line on stdout. */
export function announce(address: AddressInfo | string | null): void {
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
}
