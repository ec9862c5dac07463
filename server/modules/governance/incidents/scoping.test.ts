import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { citizenId, grantRole, HUDONG_PLACE, HUXI_PLACE, seedIncident } from './lifecycle-test-support';

// Who sees which incidents: the staff lists (queue | mine | all) by department × region, a citizen's own list, and
// the detail of an incident out of sight (404, its existence not given away).

let t: TestApp;
let alice: Session;
let bob: Session;
let cityDispatcher: Session;
/** clerk.huxi, made a 湖西区 dispatcher and handler of 湖西区城管 here. */
let huxi: Session;
let handler: Session;
let grid: Session;
const marker = `scope-${randomUUID().slice(0, 8)}`;
const ids: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
const nameOf = new Map<string, string>();

/** A place in 湖东区 that grid.donghu does not patrol. */
const OTHER_HUDONG_GRID = { gridCode: '339902002001-G1', communityCode: '339902002001', streetCode: '339902002', districtCode: '339902' } as const;

beforeAll(async () => {
  t = await createTestApp();
  await grantRole(t, 'clerk.huxi', 'D339903-URBAN', 'dispatcher');
  await grantRole(t, 'clerk.huxi', 'D339903-URBAN', 'incident_handler');
  [alice, bob, cityDispatcher, huxi, handler, grid] = await Promise.all([
    signIn(t.app, '13900000002'),
    signIn(t.app, '13900000003'),
    signIn(t.app, 'dispatcher.city'),
    signIn(t.app, 'clerk.huxi'),
    signIn(t.app, 'handler.hudong'),
    signIn(t.app, 'grid.donghu'),
  ]);
  const [aliceId, bobId] = await Promise.all([citizenId(t, '13900000002'), citizenId(t, '13900000003')]);
  const seeds = {
    // 湖东区, dispatched to 湖东区城管, in grid.donghu's grid, Alice's.
    A: { ...HUDONG_PLACE, status: 'dispatched' as const, lead: 'D339902-URBAN', reporterUserId: aliceId },
    // 湖西区, dispatched to 湖西区城管, Bob's.
    B: { ...HUXI_PLACE, status: 'dispatched' as const, lead: 'D339903-URBAN', reporterUserId: bobId },
    // Waiting for dispatch: 湖东区 (Alice's), 湖西区 (Bob's), and 湖东区 outside grid.donghu's grids (Alice's).
    C: { ...HUDONG_PLACE, reporterUserId: aliceId },
    D: { ...HUXI_PLACE, reporterUserId: bobId },
    E: { ...OTHER_HUDONG_GRID, reporterUserId: aliceId },
  };
  for (const [name, seed] of Object.entries(seeds) as [keyof typeof ids, (typeof seeds)[keyof typeof seeds]][]) {
    const row = await seedIncident(t, { ...seed, description: `${marker} 事件${name}` });
    ids[name] = row.id;
    nameOf.set(row.id, name);
  }
});
afterAll(async () => t.close());

interface Page {
  items: { id: string; regions: { code: string }[] }[];
  nextCursor: string | null;
}

/** Which of this test's incidents a list shows (by their letters). */
async function seen(s: Session, url: string): Promise<string[]> {
  const res = await s.request('GET', `${url}${url.includes('?') ? '&' : '?'}q=${marker}&limit=100`);
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<Page>()
    .items.map((i) => nameOf.get(i.id) ?? `foreign:${i.id}`)
    .sort();
}

describe('staff lists', () => {
  it.each([
    ['the city dispatcher', () => cityDispatcher, 'all', ['A', 'B', 'C', 'D', 'E']],
    ['the city dispatcher', () => cityDispatcher, 'queue', ['C', 'D', 'E']],
    ['a 湖西区 dispatcher and handler', () => huxi, 'all', ['B', 'D']],
    ['a 湖西区 dispatcher and handler', () => huxi, 'queue', ['D']],
    ['a 湖西区 dispatcher and handler', () => huxi, 'mine', ['B']],
    ['the 湖东区 handler', () => handler, 'all', ['A']],
    ['the 湖东区 handler', () => handler, 'mine', ['A']],
    ['the 湖东区 handler', () => handler, 'queue', []],
    ['the grid worker', () => grid, 'all', ['A', 'C']],
    ['the grid worker', () => grid, 'mine', []],
  ] as const)('%s, view=%s', async (_who, session, view, expected) => {
    expect(await seen(session(), `/api/v1/governance/incidents?view=${view}`)).toEqual(expected);
  });

  it('a region filter narrows the city view to a district subtree; pages follow the cursor', async () => {
    expect(await seen(cityDispatcher, '/api/v1/governance/incidents?region=339903')).toEqual(['B', 'D']);
    expect(await seen(cityDispatcher, '/api/v1/governance/incidents?region=339902001')).toEqual(['A', 'C']);
    const first = (await cityDispatcher.request('GET', `/api/v1/governance/incidents?q=${marker}&limit=2`)).json<Page>();
    const second = (await cityDispatcher.request('GET', `/api/v1/governance/incidents?q=${marker}&limit=2&cursor=${first.nextCursor}`)).json<Page>();
    const third = (await cityDispatcher.request('GET', `/api/v1/governance/incidents?q=${marker}&limit=2&cursor=${second.nextCursor}`)).json<Page>();
    expect([first.items.length, second.items.length, third.items.length, third.nextCursor]).toEqual([2, 2, 1, null]);
    expect(new Set([...first.items, ...second.items, ...third.items].map((i) => i.id)).size).toBe(5);
  });

  it('the whole list of a district dispatcher holds its district only (the seeded history included)', async () => {
    const res = await huxi.request('GET', '/api/v1/governance/incidents?view=all&limit=100');
    const items = res.json<Page>().items;
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((i) => !i.regions.some((r) => r.code === '339903'))).toEqual([]);
  });

  it('citizens have no staff list', async () => {
    expect((await alice.request('GET', '/api/v1/governance/incidents')).statusCode).toBe(403);
  });
});

describe('a citizen’s own', () => {
  it('lists only what they reported, whatever view they ask for', async () => {
    expect(await seen(alice, '/api/v1/me/incidents')).toEqual(['A', 'C', 'E']);
    expect(await seen(alice, '/api/v1/me/incidents?view=all')).toEqual(['A', 'C', 'E']);
    expect(await seen(bob, '/api/v1/me/incidents')).toEqual(['B', 'D']);
  });
});

describe('detail out of sight', () => {
  it.each([
    ['Alice', () => alice, 'B'],
    ['Bob', () => bob, 'A'],
    ['the 湖东区 handler', () => handler, 'B'],
    ['the 湖东区 handler', () => handler, 'C'],
    ['the 湖西区 dispatcher', () => huxi, 'A'],
    ['the grid worker', () => grid, 'E'],
  ] as const)('%s asking for %s → 404', async (_who, session, name) => {
    const res = await session().request('GET', `/api/v1/governance/incidents/${ids[name]}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('governance.incident_not_found');
  });

  it.each([
    ['Alice', () => alice, 'A'],
    ['the 湖东区 handler', () => handler, 'A'],
    ['the 湖西区 dispatcher', () => huxi, 'D'],
    ['the grid worker', () => grid, 'C'],
  ] as const)('%s asking for %s → 200', async (_who, session, name) => {
    expect((await session().request('GET', `/api/v1/governance/incidents/${ids[name]}`)).statusCode).toBe(200);
  });
});
