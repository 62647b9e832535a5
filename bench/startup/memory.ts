// Resident memory of a child, read from /proc (Linux): what the OS charges the process,
// Node heap, WASM linear memory and compiled code alike.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** VmRSS of `pid` in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) / 1024;
}

export interface LoadResult {
  peakRssMb: number;
  reqPerSec: number;
}

/**
 * autocannon on `url` for `seconds`, sampling the child's RSS every 100 ms; the peak is what
 * a container limit has to allow. Any non-2xx answer fails the run: a benchmark of errors
 * (429 from the rate limit, 503) would measure nothing.
 */
export async function underLoad(
  pid: number,
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  try {
    const result = await autocannon({ url, connections, duration: seconds, headers });
    const failed = result.errors + result.timeouts + result.non2xx;
    if (failed > 0 || result.requests.total === 0) {
      throw new Error(`${url}: ${failed} failed requests of ${result.requests.total}`);
    }
    peak = Math.max(peak, rssMb(pid));
    return { peakRssMb: peak, reqPerSec: result.requests.average };
  } finally {
    clearInterval(sampler);
  }
}
