/**
 * The watch session's memo of vector files (issue 20, goal 3): at 200 models, rebuilding every
 * model's vectors was ~60 % of a run, for an edit of one model. Each component's rendered file
 * is kept with its key (memo-keys.ts: its schemas and Zod definitions, with everything they
 * reach); a run reuses the file where the key is unchanged and builds the others. One entry per
 * component, replaced when its key changes; entries of components gone from the contract are
 * dropped after each run, so the memo never holds more than one contract's files.
 *
 * Only a watch session (warm.ts) uses it: a one-shot `generate` builds every file once anyway.
 */
export class VectorFileMemo {
  readonly #files = new Map<string, { key: string; contents: string }>();
  /** Files reused and rendered so far (for tests: a memo that never hits proves nothing). */
  readonly counts = { reused: 0, rendered: 0 };

  /** The file of `component`: remembered if `key` matches, else rendered (and remembered). */
  file(component: string, key: string | undefined, render: () => string): string {
    if (key === undefined) {
      this.#files.delete(component);
      this.counts.rendered++;
      return render();
    }
    const known = this.#files.get(component);
    if (known?.key === key) {
      this.counts.reused++;
      return known.contents;
    }
    this.counts.rendered++;
    const contents = render();
    this.#files.set(component, { key, contents });
    return contents;
  }

  /** Drops the entries of components not in `present` (models removed or renamed). */
  keepOnly(present: ReadonlySet<string>): void {
    for (const component of this.#files.keys()) {
      if (!present.has(component)) this.#files.delete(component);
    }
  }

  get size(): number {
    return this.#files.size;
  }
}
