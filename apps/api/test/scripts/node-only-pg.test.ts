import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nodeOnlyPgStream } from '../../scripts/node-only-pg.mjs';

// The bundle's node-postgres must not construct a `Response` when it loads (it loads Node's
// fetch implementation: ~50 ms and ~9 MB of a start on PostgreSQL), and must still hand out
// plain Node sockets. Checked on the pg installed here, so a pg upgrade that moves the probe
// fails this test (and the build) instead of silently bringing the cost back.
const require = createRequire(import.meta.url);
const streamPath = require.resolve('pg/lib/stream.js');

/** Loads a CommonJS source as pg would, with a global `Response` that records being touched. */
function load(source: string) {
  let touched = false;
  const module = { exports: {} as { getStream(ssl: boolean): unknown } };
  const context = {
    module,
    exports: module.exports,
    require,
    get Response() {
      touched = true;
      return globalThis.Response;
    },
  };
  runInNewContext(source, context, { filename: streamPath });
  return { stream: module.exports, touched: () => touched };
}

describe('node-only-pg (scripts/build.mjs plugin)', () => {
  const original = readFileSync(streamPath, 'utf8');

  it('the installed pg probes for Cloudflare through Response (what the plugin removes)', () => {
    expect(load(original).touched()).toBe(true);
  });

  it('patched, pg loads without touching Response and still gives Node sockets', () => {
    const patched = load(nodeOnlyPgStream(original));
    expect(patched.touched()).toBe(false);
    const socket = patched.stream.getStream(false);
    expect(socket).toBeInstanceOf(Socket);
    (socket as Socket).destroy();
  });

  it('fails loudly when the probe is not where it was', () => {
    expect(() => nodeOnlyPgStream('module.exports = {}', 'pg/lib/stream.js')).toThrow(
      /isCloudflareRuntime/,
    );
  });
});
