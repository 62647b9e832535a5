// An esbuild plugin for the server's bundle: node-postgres asks, when it loads, whether it
// runs in a Cloudflare Worker, and on Node 20 (no `navigator`) it finds out by constructing a
// `Response` with a `cf` option. That first `Response` loads Node's fetch implementation
// (undici): ~50 ms and ~9 MB RSS of every start on PostgreSQL (bench/startup), for an answer
// the bundle already knows, as it is built for Node (platform: 'node').
import { readFile } from 'node:fs/promises';

const probe = 'function isCloudflareRuntime() {';

/** pg/lib/stream.js with the Cloudflare probe answering false at once. */
export function nodeOnlyPgStream(source, path = 'pg/lib/stream.js') {
  if (!source.includes(probe)) {
    // A new pg may have moved or renamed it: fail the build rather than pay the cost unseen.
    throw new Error(`${path}: '${probe}' not found; update scripts/node-only-pg.mjs for this pg`);
  }
  return source.replace(
    probe,
    `${probe}\n  return false; // bundled for Node: scripts/node-only-pg.mjs`,
  );
}

export const nodeOnlyPg = {
  name: 'node-only-pg',
  setup(build) {
    build.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => ({
      contents: nodeOnlyPgStream(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
