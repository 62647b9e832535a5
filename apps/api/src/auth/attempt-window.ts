import { LRUCache } from 'lru-cache';

interface Window {
  count: number;
  endsAt: number;
}

/**
 * A fixed-window attempt counter per key (an account, an address), bounded in memory: the
 * least recently counted keys go first past `capacity`.
 */
export class AttemptWindow {
  private readonly windows: LRUCache<string, Window>;

  constructor(
    readonly max: number,
    readonly windowMs: number,
    capacity = 10_000,
  ) {
    this.windows = new LRUCache<string, Window>({ max: capacity });
  }

  /** Counts one attempt: the milliseconds to wait when it is over the limit, else 0. */
  count(key: string, now = Date.now()): number {
    let window = this.windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      window = { count: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count > this.max ? window.endsAt - now : 0;
  }

  /** Forgets a key's attempts (an account after a successful log-in). */
  reset(key: string): void {
    this.windows.delete(key);
  }
}
