import { routes as exampleRoutes } from '@acme/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareSnapshots } from '../../src/breaking/compare.js';
import type { ContractSnapshot } from '../../src/breaking/snapshot-format.js';
import { accepts, route, snapshotOf } from './fixture.js';

/** A recursive model reached from two routes, directly and through a page model. */
function tree(label: z.ZodType) {
  const Node = z
    .object({
      label,
      get children() {
        return z.array(Node).max(10);
      },
    })
    .meta({ id: 'Node' });
  const NodePage = z.object({ items: z.array(Node).max(10) }).meta({ id: 'NodePage' });
  return {
    getNode: route({
      path: '/nodes/{nodeId}',
      params: z.object({ nodeId: z.uuid() }),
      response: Node,
    }),
    listNodes: route({ path: '/nodes', params: undefined, response: NodePage }),
  };
}

describe('compareSnapshots', () => {
  it('finds nothing between the example contract and itself', () => {
    const example = () => snapshotOf(() => exampleRoutes, {}, '1.0.0', { isolated: false });
    const snapshot = example();
    expect(Object.keys(snapshot.routes).length).toBeGreaterThan(5);
    expect(compareSnapshots(snapshot, example())).toEqual([]);
  });

  it('reports a change inside a recursive model once, naming every route that reaches it', () => {
    const changes = compareSnapshots(
      snapshotOf(() => tree(z.string().max(50))),
      snapshotOf(() => tree(z.string().max(20))),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        id: 'response:max-length-tightened:Node.label:50->20',
        class: 'safe',
        model: 'Node',
        field: 'label',
        routes: ['getNode', 'listNodes'],
      }),
    ]);
  });

  it('classifies one model apart on each side it is used on', () => {
    const both = (status: z.ZodType) => {
      const Status = status.meta({ id: 'Status' });
      return {
        getThing: route({ response: z.object({ status: Status }).meta({ id: 'Thing' }) }),
        ...accepts({ status: Status }),
      };
    };
    const changes = compareSnapshots(
      snapshotOf(() => both(z.enum(['a', 'b']))),
      snapshotOf(() => both(z.enum(['a']))),
    );
    expect(changes.map((change) => [change.id, change.class, change.routes])).toEqual([
      ['request:enum-value-removed:Status:b', 'breaking', ['createThing']],
      ['response:enum-value-removed:Status:b', 'safe', ['getThing']],
    ]);
  });

  it('ignores the regex Zod writes next to a format, so a Zod upgrade reports nothing', () => {
    const old = snapshotOf(() => accepts({ id: z.uuid() }));
    const upgraded = structuredClone(old) as ContractSnapshot;
    const property = upgraded.models.ThingInput?.input?.properties?.id;
    expect(property?.format).toBe('uuid');
    (property as { pattern: string }).pattern = '^[0-9a-f-]{36}$';
    expect(compareSnapshots(old, upgraded)).toEqual([]);
  });

  it('takes the secret mark (format password) for a note, not a constraint', () => {
    const plain = snapshotOf(() => accepts({ password: z.string().max(50) }));
    const marked = snapshotOf(() =>
      accepts({ password: z.string().max(50).meta({ format: 'password' }) }),
    );
    expect(marked.models.ThingInput?.input?.properties?.password?.format).toBe('password');
    expect(compareSnapshots(plain, marked)).toEqual([]);
    expect(compareSnapshots(marked, plain)).toEqual([]);
    // A constraining format next to it is still seen.
    const email = snapshotOf(() => accepts({ password: z.email().max(50) }));
    expect(compareSnapshots(marked, email).map((change) => change.id)).toContain(
      'request:format-added:ThingInput.password:email',
    );
  });

  it('reports only the move when a route changes its path, not every detail behind it', () => {
    const changes = compareSnapshots(
      snapshotOf(() => ({
        op: route({ response: z.object({ a: z.string() }).meta({ id: 'Thing' }) }),
      })),
      snapshotOf(() => ({
        op: route({
          path: '/v2/things/{thingId}',
          response: z.object({ b: z.string() }).meta({ id: 'Thing' }),
        }),
      })),
    );
    expect(changes.map((change) => change.id)).toEqual([
      'route:route-path-changed:op:/things/{thingId}->/v2/things/{thingId}',
    ]);
  });

  it('gives the same ids on every run (acknowledgements depend on it)', () => {
    const run = () =>
      compareSnapshots(
        snapshotOf(() => accepts({ a: z.string().max(9), b: z.number() })),
        snapshotOf(() => accepts({ a: z.string().max(5), c: z.boolean() })),
      ).map((change) => change.id);
    const first = run();
    expect(first).toEqual([
      'request:max-length-tightened:ThingInput.a:9->5',
      'request:required-property-added:ThingInput.c',
      'request:property-removed:ThingInput.b',
    ]);
    expect(run()).toEqual(first);
  });

  describe('query parameters old apps send', () => {
    const list = (query: z.ZodRawShape) => () => ({
      listThings: route({ path: '/things', params: undefined, query: z.object(query) }),
    });
    const cursor = () => z.string().max(200).optional();
    const summary = (before: z.ZodRawShape, after: z.ZodRawShape) =>
      compareSnapshots(snapshotOf(list(before)), snapshotOf(list(after))).map((change) => [
        change.id,
        change.class,
      ]);

    it('reports a removed and an added parameter of the same schema as one breaking rename', () => {
      const changes = compareSnapshots(
        snapshotOf(list({ limit: z.coerce.number().int().max(100).default(20), cursor: cursor() })),
        snapshotOf(list({ limit: z.coerce.number().int().max(100).default(20), after: cursor() })),
      );
      expect(changes).toEqual([
        expect.objectContaining({
          id: 'request:param-renamed:listThings.query:cursor->after',
          kind: 'param-renamed',
          class: 'breaking',
          routes: ['listThings'],
          field: 'query',
          detail: 'cursor->after',
        }),
      ]);
      expect(changes[0]?.why).toMatch(/old apps still send `cursor`, never `after`/);
      expect(changes[0]?.fix).toMatch(/keep accepting `cursor` next to `after`.*acknowledge/);
    });

    it('reports a renamed parameter that also became required as a rename plus that change', () => {
      expect(summary({ cursor: cursor() }, { after: z.string().max(200) })).toEqual([
        ['request:param-became-required:listThings.query.after', 'breaking'],
        ['request:param-renamed:listThings.query:cursor->after', 'breaking'],
      ]);
    });

    it('does not pair parameters of different schemas', () => {
      expect(summary({ cursor: cursor() }, { after: z.string().max(100).optional() })).toEqual([
        ['request:param-removed:listThings.query.cursor', 'breaking'],
        ['request:optional-param-added:listThings.query.after', 'safe'],
      ]);
    });

    it('does not guess between two candidates of the same schema', () => {
      expect(summary({ a: cursor(), b: cursor() }, { c: cursor(), d: cursor() }).sort()).toEqual([
        ['request:optional-param-added:listThings.query.c', 'safe'],
        ['request:optional-param-added:listThings.query.d', 'safe'],
        ['request:param-removed:listThings.query.a', 'breaking'],
        ['request:param-removed:listThings.query.b', 'breaking'],
      ]);
    });

    it('pairs the one candidate of each schema when several parameters change at once', () => {
      expect(
        summary(
          { cursor: cursor(), size: z.coerce.number().int().max(100).optional() },
          { after: cursor(), limit: z.coerce.number().int().max(100).optional() },
        ),
      ).toEqual([
        ['request:param-renamed:listThings.query:cursor->after', 'breaking'],
        ['request:param-renamed:listThings.query:size->limit', 'breaking'],
      ]);
    });

    it('keeps the old name accepted: only the new optional parameter is reported, as safe', () => {
      expect(
        summary(
          { cursor: cursor() },
          { cursor: cursor().meta({ deprecated: true }), after: cursor() },
        ),
      ).toEqual([
        ['request:deprecated-added:listThings.query.cursor', 'safe'],
        ['request:optional-param-added:listThings.query.after', 'safe'],
      ]);
    });

    it('leaves path parameters to the path: removing one moves the route', () => {
      const changes = compareSnapshots(
        snapshotOf(() => ({ op: route() })),
        snapshotOf(() => ({ op: route({ path: '/things', params: undefined }) })),
      );
      expect(changes.map((change) => [change.id, change.class])).toEqual([
        ['route:route-path-changed:op:/things/{thingId}->/things', 'breaking'],
      ]);
    });
  });
});
