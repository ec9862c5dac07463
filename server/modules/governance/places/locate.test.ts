import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { demoGrids } from '../../../seed/demo-grids';
import { boundsOf, indexGrids, invalidateGridIndex } from './grid-index';
import { locatePoint, placeOf } from './locate';

// The demo map (seed/demo-grids.ts): 湖东区 339902 spans lng 120.100–120.140, a strip of open land to 120.146,
// then 湖西区 339903 to 120.186, open land to 120.192, then 南山区 339904 to 120.232. Streets run south to north
// (lat 30.200–30.215, 30.215–30.230). 339902001001 has 4 grids of 0.005°; 339902002001 has 3 of 0.02/3°.

const index = indexGrids(demoGrids().map((g) => ({ ...g, ...boundsOf(g.geometry) })));
const at = (lng: number, lat: number) => placeOf(index, { lng, lat });

describe('a point on the demo map', () => {
  it('inside a grid resolves to the grid, its community, street and district', () => {
    expect(at(120.1025, 30.2075)).toEqual({ gridCode: '339902001001-G1', communityCode: '339902001001', streetCode: '339902001', districtCode: '339902', outside: false });
    expect(at(120.1075, 30.2075)?.gridCode).toBe('339902001001-G2');
    expect(at(120.21, 30.225)).toMatchObject({ gridCode: expect.stringMatching(/^339904002/) as unknown, districtCode: '339904', outside: false });
  });

  it('just inside the outer corner is still inside', () => {
    expect(at(120.1 + 1e-9, 30.2 + 1e-9)?.gridCode).toBe('339902001001-G1');
  });

  it('on the edge shared by G1 and G2 belongs to the lowest code, G1', () => {
    expect(at(120.105, 30.2075)?.gridCode).toBe('339902001001-G1');
    // A hair either side of the edge goes to the grid on that side.
    expect(at(120.105 + 1e-9, 30.2075)?.gridCode).toBe('339902001001-G2');
    expect(at(120.105 - 1e-9, 30.2075)?.gridCode).toBe('339902001001-G1');
  });

  it('on an edge between two communities belongs to the lower community', () => {
    expect(at(120.12, 30.205)?.gridCode).toBe('339902001001-G4');
    expect(at(120.12 + 1e-9, 30.205)?.gridCode).toBe('339902001002-G1');
  });

  it('on a vertex shared by several grids belongs to the lowest code', () => {
    // G1 and G2 of 339902001001 meet the south edge of 339902002001-G1 here.
    expect(at(120.105, 30.215)?.gridCode).toBe('339902001001-G1');
    // Four grids of four communities meet at this corner.
    expect(at(120.12, 30.215)?.gridCode).toBe('339902001001-G4');
    // The city's outer corner is a vertex of one grid only.
    expect(at(120.1, 30.2)?.gridCode).toBe('339902001001-G1');
  });

  it('a hair outside the city goes to the nearest district, with no grid, community or street', () => {
    expect(at(120.1 - 1e-7, 30.21)).toEqual({ gridCode: null, communityCode: null, streetCode: null, districtCode: '339902', outside: true });
    expect(at(120.12, 30.2 - 1e-7)).toMatchObject({ districtCode: '339902', outside: true });
    expect(at(120.232 + 1e-7, 30.22)).toMatchObject({ districtCode: '339904', outside: true });
    expect(at(121.5, 31.5)).toMatchObject({ districtCode: '339904', outside: true });
  });

  it('in the open land between two districts goes to the nearer one', () => {
    expect(at(120.141, 30.21)).toMatchObject({ gridCode: null, districtCode: '339902', outside: true });
    expect(at(120.145, 30.21)).toMatchObject({ gridCode: null, districtCode: '339903', outside: true });
    expect(at(120.187, 30.21)).toMatchObject({ districtCode: '339903', outside: true });
    expect(at(120.191, 30.21)).toMatchObject({ districtCode: '339904', outside: true });
  });

  it('has no answer without grids', () => {
    expect(placeOf([], { lng: 120.1, lat: 30.2 })).toBeNull();
  });

  it('is fast: tens of thousands of lookups a second', () => {
    const started = performance.now();
    let inside = 0;
    for (let i = 0; i < 20_000; i++) {
      const place = at(120.09 + (i % 150) * 0.001, 30.195 + (i % 40) * 0.001);
      if (place && !place.outside) inside += 1;
    }
    expect(inside).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('locatePoint on the seeded database', () => {
  let t: TestApp;
  beforeAll(async () => {
    invalidateGridIndex();
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('loads the grid index once and then answers without a query', async () => {
    let selects = 0;
    const counting = new Proxy(t.database.db, {
      get(target, prop, receiver) {
        if (prop === 'select') selects += 1;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    expect(await locatePoint(counting, { lng: 120.105, lat: 30.2075 })).toMatchObject({ gridCode: '339902001001-G1', outside: false });
    expect(selects).toBe(1);
    for (let i = 0; i < 100; i++) await locatePoint(counting, { lng: 120.141, lat: 30.21 });
    expect(selects).toBe(1);
    expect(await locatePoint(counting, { lng: 120.141, lat: 30.21 })).toMatchObject({ districtCode: '339902', outside: true });
  });

  it('refuses a point that is not on the earth, naming the field', async () => {
    await expect(locatePoint(t.database.db, { lng: 181, lat: 30 })).rejects.toMatchObject({ code: 'validation.failed', details: [{ field: 'lng', rule: 'range' }] });
    await expect(locatePoint(t.database.db, { lng: 120, lat: Number.NaN })).rejects.toMatchObject({ code: 'validation.failed', details: [{ field: 'lat', rule: 'range' }] });
  });
});
