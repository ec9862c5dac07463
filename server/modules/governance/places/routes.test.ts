import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, staffRoles, users } from '../../identity/tables';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { DEMO_GRID_WORKER, DEMO_OPEN311_KEY, DEMO_SENSOR_KEY, demoSensors, gridWorkerUsername } from '../../../seed/demo-governance';
import { hashApiKey, isWellFormedApiKey } from '../../exchange/api-key-format';
import { grids, intakeClients, sensorRules, sensors } from '../tables';
import { locatePoint } from './locate';

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[][][] };
  properties: Record<string, unknown>;
}
interface Collection {
  type: string;
  bbox: number[];
  features: Feature[];
}
interface Leaf {
  code: string;
  leaf: boolean;
  departmentKind: string;
  public: boolean;
  anonymousAllowed: boolean;
  urgentHours: number;
  workingDays: number;
}
interface Group extends Omit<Leaf, 'departmentKind'> {
  departmentKind: null;
  children: Leaf[];
}

let t: TestApp;
let dispatcher: Session;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp();
  [dispatcher, citizen] = await Promise.all([signIn(t.app, 'dispatcher.city'), signIn(t.app, '13900000001')]);
});
afterAll(async () => t.close());

describe('GET /governance/categories (public)', () => {
  it('gives the tree with names, leaf flags, department kinds, flags and deadlines', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/governance/categories' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const { items } = res.json<{ items: Group[] }>();
    expect(items.map((g) => g.code)).toEqual(['appearance', 'environment', 'noise', 'roads', 'market', 'housing', 'facilities', 'social']);
    expect(items.flatMap((g) => g.children)).toHaveLength(26);
    expect(items.every((g) => g.leaf === false && g.departmentKind === null)).toBe(true);
    const roads = items.find((g) => g.code === 'roads')!;
    expect(roads.children.find((l) => l.code === 'roads.pothole')).toEqual({
      code: 'roads.pothole',
      name: { zh: '路面破损', en: 'Damaged road surface' },
      leaf: true,
      departmentKind: 'transport',
      public: true,
      anonymousAllowed: true,
      urgentHours: 8,
      workingDays: 5,
    });
    const social = items.find((g) => g.code === 'social')!;
    expect(social.children.every((l) => !l.public && !l.anonymousAllowed)).toBe(true);
    const noise = items.find((g) => g.code === 'noise')!;
    expect(noise.children.every((l) => !l.public && l.anonymousAllowed)).toBe(true);
    for (const l of items.flatMap((g) => g.children)) {
      expect(l.urgentHours, l.code).toBeGreaterThanOrEqual(2);
      expect(l.urgentHours, l.code).toBeLessThanOrEqual(24);
      expect(l.workingDays, l.code).toBeGreaterThanOrEqual(1);
      expect(l.workingDays, l.code).toBeLessThanOrEqual(10);
    }
  });
});

describe('GET /governance/grids (public)', () => {
  it('is a valid GeoJSON FeatureCollection of the 42 grids: closed rings of [lng, lat], no worker named', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/governance/grids' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const body = res.json<Collection>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(42);
    expect(body.bbox).toEqual([120.1, 30.2, 120.232, 30.23]);
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Polygon');
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'communityCode', 'districtCode', 'name', 'streetCode']);
      expect(f.properties.code).toBe(f.id);
      expect(f.properties.districtCode).toBe(String(f.properties.communityCode).slice(0, 6));
      for (const ring of f.geometry.coordinates) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        // [lng, lat]: the demo city is at about 120.1° E, 30.2° N.
        for (const [lng, lat] of ring) {
          expect(lng).toBeGreaterThan(120);
          expect(lng).toBeLessThan(121);
          expect(lat).toBeGreaterThan(30);
          expect(lat).toBeLessThan(31);
        }
      }
      // Its own centre lies in it and locates back to it (a polygon drawn the wrong way round would not).
      const ring = f.geometry.coordinates[0]!;
      const corners = ring.slice(1);
      const centre = { lng: corners.reduce((s, p) => s + p[0]!, 0) / corners.length, lat: corners.reduce((s, p) => s + p[1]!, 0) / corners.length };
      expect(booleanPointInPolygon([centre.lng, centre.lat], f.geometry as { type: 'Polygon'; coordinates: number[][][] })).toBe(true);
      expect((await locatePoint(t.database.db, centre)).gridCode).toBe(f.id);
    }
    expect(res.body).not.toContain('worker');
  });

  it('filters by region and refuses a malformed one', async () => {
    const street = (await t.app.inject({ method: 'GET', url: '/api/v1/governance/grids?region=339903002' })).json<Collection>();
    expect(street.features.length).toBe(7);
    expect(street.features.every((f) => f.id.startsWith('339903002'))).toBe(true);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/governance/grids?region=abc' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET /governance/places/locate (staff)', () => {
  it('names the grid, community, street and district of a point', async () => {
    const res = await dispatcher.request('GET', '/api/v1/governance/places/locate?lat=30.2075&lng=120.1025');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      gridCode: '339902001001-G1',
      communityCode: '339902001001',
      streetCode: '339902001',
      districtCode: '339902',
      outside: false,
      grid: { code: '339902001001-G1', name: { zh: '东湖春晖社区第1网格', en: 'Donghu Chunhui Community grid 1' } },
      community: { code: '339902001001', name: { zh: '东湖春晖社区', en: 'Donghu Chunhui Community' } },
      street: { code: '339902001', name: { zh: '东湖街道', en: 'Donghu Street' } },
      district: { code: '339902', name: { zh: '湖东区', en: 'Hudong District' } },
    });
  });

  it('outside every grid: the nearest district, and nothing below it', async () => {
    const res = await dispatcher.request('GET', '/api/v1/governance/places/locate?lat=30.21&lng=120.19');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ gridCode: null, grid: null, community: null, street: null, outside: true, district: { code: '339904', name: { zh: '南山区' } } });
  });

  it('refuses bad coordinates by field, and anyone but staff', async () => {
    const bad = await dispatcher.request('GET', '/api/v1/governance/places/locate?lat=95&lng=120.1');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('lat');
    expect((await dispatcher.request('GET', '/api/v1/governance/places/locate?lng=120.1')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/governance/places/locate?lat=30.2&lng=120.1' })).statusCode).toBe(401);
    expect((await citizen.request('GET', '/api/v1/governance/places/locate?lat=30.2&lng=120.1')).statusCode).toBe(403);
  });
});

describe('GET /governance/me/grids (staff)', () => {
  it('gives a grid worker their own grids, other staff none, and refuses citizens', async () => {
    const worker = await signIn(t.app, 'grid.donghu');
    const mine = await worker.request('GET', '/api/v1/governance/me/grids');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual({ items: [{ code: '339902001001-G1' }, { code: '339902001001-G2' }] });
    expect((await dispatcher.request('GET', '/api/v1/governance/me/grids')).json()).toEqual({ items: [] });
    expect((await citizen.request('GET', '/api/v1/governance/me/grids')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/governance/me/grids' })).statusCode).toBe(401);
  });
});

describe('the demo governance seed', () => {
  it('gives each of the 42 grids a grid worker at its street office; grid.donghu patrols G1 and G2', async () => {
    const db = t.database.db;
    const rows = await db.select().from(grids);
    expect(rows).toHaveLength(42);
    expect(rows.every((g) => g.workerUserId)).toBe(true);
    const workers = await db.select({ id: users.id, username: users.username, name: users.name, totp: users.totpSecretEnc }).from(users).where(inArray(users.id, [...new Set(rows.map((g) => g.workerUserId!))]));
    expect(workers).toHaveLength(41);
    const byId = new Map(workers.map((w) => [w.id, w]));
    for (const g of rows) {
      const worker = byId.get(g.workerUserId!)!;
      const expected = (DEMO_GRID_WORKER.grids as readonly string[]).includes(g.code) ? DEMO_GRID_WORKER.username : gridWorkerUsername(g.code);
      expect(worker.username, g.code).toBe(expected);
      // Bounding-box columns agree with the polygon.
      const ring = g.geometry.coordinates[0]!;
      expect([g.minLng, g.minLat, g.maxLng, g.maxLat]).toEqual([Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))]);
      const roles = await db
        .select({ role: staffRoles.role, department: departments.code })
        .from(staffRoles)
        .innerJoin(departments, eq(departments.id, staffRoles.departmentId))
        .where(eq(staffRoles.userId, worker.id));
      expect(roles, g.code).toContainEqual({ role: 'grid_worker', department: `S${g.communityCode.slice(0, 9)}-OFFICE` });
    }
    // The new workers have no second factor yet: they enrol it at first sign-in.
    expect(workers.filter((w) => w.username !== 'grid.donghu').every((w) => w.totp === null && /^网格员\d{2}$/.test(w.name))).toBe(true);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { identifier: gridWorkerUsername('339904002002-G4'), password: 'Yiwang@2026' } });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json<{ status: string }>().status).toBe('totp_enrolment_required');
  });

  it('seeds the two intake clients with the published demo keys, six sensors inside grids and three rules', async () => {
    const db = t.database.db;
    for (const [key, scope] of [
      [DEMO_SENSOR_KEY, 'sensors'],
      [DEMO_OPEN311_KEY, 'open311'],
    ] as const) {
      expect(isWellFormedApiKey(key)).toBe(true);
      const [client] = await db.select().from(intakeClients).where(eq(intakeClients.secretHash, hashApiKey(key)));
      expect(client?.scopes).toEqual([scope]);
      expect(client?.keyPrefix).toBe(key.slice(4, 12));
    }
    const seeded = await db.select().from(sensors);
    expect(seeded.map((s) => s.code).sort()).toEqual(demoSensors.map((s) => s.code).sort());
    for (const s of seeded) {
      const place = await locatePoint(db, s);
      expect(place.gridCode, s.code).toBe(demoSensors.find((d) => d.code === s.code)!.grid);
    }
    const rules = await db.select().from(sensorRules);
    expect(rules.map((r) => [r.kind, r.metric, r.openAbove, r.closeBelow, r.categoryCode, r.urgency, r.placeCode]).sort()).toEqual(
      [
        ['air_quality', 'pm25', 150, 75, 'environment.air', 'normal', null],
        ['noise', 'db', 70, 60, 'noise.construction', 'normal', null],
        ['water_level', 'cm', 30, 10, 'roads.flooding', 'urgent', null],
      ].sort(),
    );
  });
});
