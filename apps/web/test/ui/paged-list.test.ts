import { describe, expect, it } from 'vitest';
import { initialPagedList, pagedListReducer } from '../../src/ui/paged-list';

type Item = { id: string; name: string };
const item = (id: string, name = id): Item => ({ id, name });

describe('pagedListReducer', () => {
  it('appends pages in order and keeps the cursor of the last one', () => {
    let state = initialPagedList<Item>();
    state = pagedListReducer(state, {
      type: 'loaded',
      page: { items: [item('a'), item('b')], nextCursor: 'c1' },
    });
    state = pagedListReducer(state, { type: 'loading' });
    expect(state.loading).toBe(true);
    state = pagedListReducer(state, {
      type: 'loaded',
      page: { items: [item('c')], nextCursor: null },
    });
    expect(state).toEqual({
      items: [item('a'), item('b'), item('c')],
      nextCursor: null,
      loading: false,
      error: null,
    });
  });

  it('shows an item that reappears on a later page once, in its first place, updated', () => {
    let state = initialPagedList<Item>();
    state = pagedListReducer(state, {
      type: 'loaded',
      page: { items: [item('a'), item('b')], nextCursor: 'c1' },
    });
    state = pagedListReducer(state, {
      type: 'loaded',
      page: { items: [item('b', 'b2'), item('c')], nextCursor: null },
    });
    expect(state.items).toEqual([item('a'), item('b', 'b2'), item('c')]);
  });

  it('keeps what was shown and the cursor when a page fails, so "Load more" can retry', () => {
    let state = initialPagedList<Item>();
    state = pagedListReducer(state, {
      type: 'loaded',
      page: { items: [item('a')], nextCursor: 'c1' },
    });
    const error = { code: 'UNAVAILABLE', message: 'down' } as const;
    state = pagedListReducer(state, { type: 'failed', error });
    expect(state).toEqual({ items: [item('a')], nextCursor: 'c1', loading: false, error });
    expect(pagedListReducer(state, { type: 'reset' })).toEqual(initialPagedList());
  });
});
