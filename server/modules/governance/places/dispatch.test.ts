import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../identity/tables';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { demoCategoryLeaves } from '../../../seed/demo-incident-categories';
import type { Place } from '../model';
import { dispatchRules, incidentCategories } from '../tables';
import { forgetDispatchRules, resolveDispatch, type DispatchTarget } from './dispatch';
import { locatePoint } from './locate';

let t: TestApp;
let ids: Map<string, string>;
let codes: Map<string, string>;

const DISTRICTS = ['339902', '339903', '339904'];
const inGrid = (grid: string): Place => ({ gridCode: grid, communityCode: grid.slice(0, 12), streetCode: grid.slice(0, 9), districtCode: grid.slice(0, 6), outside: false });
const outsideNear = (district: string): Place => ({ gridCode: null, communityCode: null, streetCode: null, districtCode: district, outside: true });

beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.database.db.select({ id: departments.id, code: departments.code }).from(departments);
  ids = new Map(rows.map((r) => [r.code, r.id]));
  codes = new Map(rows.map((r) => [r.id, r.code]));
});
afterAll(async () => t.close());

const resolve = async (category: string, place: Place) => {
  const target = await resolveDispatch(t.database.db, category, place);
  return target ? { lead: codes.get(target.leadDepartmentId), assisting: target.assistingDepartmentIds.map((id) => codes.get(id)), automatic: target.automatic } : null;
};

describe('dispatch rules of the demo city', () => {
  it('sends litter in 湖东区 to the district urban management bureau, automatically', async () => {
    expect(await resolve('appearance.litter', inGrid('339902001001-G1'))).toEqual({ lead: 'D339902-URBAN', assisting: [], automatic: true });
    expect(await resolve('roads.streetlight', inGrid('339904002002-G4'))).toEqual({ lead: 'D339904-URBAN', assisting: [], automatic: true });
  });

  it('co-handles a flooded road in 湖东区 with the city transport bureau', async () => {
    expect(await resolve('roads.flooding', inGrid('339902002001-G2'))).toEqual({ lead: 'D339902-URBAN', assisting: ['D339900-TRANSPORT'], automatic: true });
  });

  it('routes a place outside every grid by its nearest district’s rules', async () => {
    expect(await resolve('market.food_safety', outsideNear('339903'))).toEqual({ lead: 'D339903-AMR', assisting: [], automatic: true });
    const place = await locatePoint(t.database.db, { lng: 120.145, lat: 30.21 });
    expect(await resolve('social.hardship', place)).toEqual({ lead: 'D339903-CIVIL', assisting: [], automatic: true });
  });
});

describe('the most specific place wins', () => {
  beforeAll(async () => {
    const rule = (categoryCode: string, placeCode: string, lead: string, automatic = true) => ({ categoryCode, placeCode, leadDepartmentId: ids.get(lead)!, automatic });
    await t.database.db
      .insert(dispatchRules)
      .values([
        // A grid rule over the seeded district rule.
        rule('appearance.litter', '339902001001-G1', 'S339902001-OFFICE', false),
        // City, street and community rules for one category.
        rule('noise.commercial', '339900', 'D339900-PSB'),
        rule('noise.commercial', '339903002', 'D339903-URBAN'),
        rule('noise.commercial', '339903002001', 'S339903002-OFFICE'),
      ]);
    // Rules read by the tests above are cached for RULE_CACHE_TTL_MS; without this they would be seen only then.
    forgetDispatchRules();
  });

  it('a grid rule beats the district rule, only in that grid', async () => {
    expect(await resolve('appearance.litter', inGrid('339902001001-G1'))).toEqual({ lead: 'S339902001-OFFICE', assisting: [], automatic: false });
    expect(await resolve('appearance.litter', inGrid('339902001001-G2'))).toEqual({ lead: 'D339902-URBAN', assisting: [], automatic: true });
  });

  it('community beats street beats city', async () => {
    expect((await resolve('noise.commercial', inGrid('339903002001-G3')))?.lead).toBe('S339903002-OFFICE');
    expect((await resolve('noise.commercial', inGrid('339903002002-G1')))?.lead).toBe('D339903-URBAN');
    expect((await resolve('noise.commercial', inGrid('339904001001-G1')))?.lead).toBe('D339900-PSB');
    expect((await resolve('noise.commercial', outsideNear('339902')))?.lead).toBe('D339900-PSB');
  });
});

describe('without a rule, the department of the leaf’s kind nearest above the place', () => {
  it('takes the district department when the district has that kind, not automatically', async () => {
    expect(await resolve('market.price', inGrid('339903001001-G1'))).toEqual({ lead: 'D339903-AMR', assisting: [], automatic: false });
    expect(await resolve('social.wages', inGrid('339902002002-G4'))).toEqual({ lead: 'D339902-HRSS', assisting: [], automatic: false });
    expect(await resolve('roads.flooding', inGrid('339903002001-G1'))).toEqual({ lead: 'D339903-URBAN', assisting: [], automatic: false });
  });

  it('goes up to the city when the district has no department of that kind', async () => {
    expect(await resolve('roads.pothole', inGrid('339902001001-G1'))).toEqual({ lead: 'D339900-TRANSPORT', assisting: [], automatic: false });
    expect(await resolve('environment.water', outsideNear('339904'))).toEqual({ lead: 'D339900-ECO', assisting: [], automatic: false });
  });

  it('takes a street office only when the leaf asks for that kind', async () => {
    await t.database.db.insert(incidentCategories).values({ code: 'appearance.street_test', parentCode: 'appearance', name: { zh: '街道测试', en: 'Street test' }, departmentKind: 'street_office' });
    expect(await resolve('appearance.street_test', inGrid('339904002001-G2'))).toEqual({ lead: 'S339904002-OFFICE', assisting: [], automatic: false });
    // Outside every grid there is no street: nothing of that kind at the district or the city.
    expect(await resolve('appearance.street_test', outsideNear('339904'))).toBeNull();
  });

  it('has no answer for a group, an unknown category or a kind no department has', async () => {
    await t.database.db.insert(incidentCategories).values({ code: 'appearance.nobody', parentCode: 'appearance', name: { zh: '无人', en: 'Nobody' }, departmentKind: 'lighthouse_keeping' });
    expect(await resolve('appearance', inGrid('339902001001-G2'))).toBeNull();
    expect(await resolve('no.such', inGrid('339902001001-G2'))).toBeNull();
    expect(await resolve('appearance.nobody', inGrid('339902001001-G2'))).toBeNull();
  });
});

describe('seed facts', () => {
  it('every leaf resolves, in every district, to a department of its own kind unless a rule says otherwise', async () => {
    const rules = await t.database.db.select().from(dispatchRules);
    const kinds = new Map((await t.database.db.select({ id: departments.id, kind: departments.kind }).from(departments)).map((d) => [d.id, d.kind]));
    expect(demoCategoryLeaves).toHaveLength(26);
    for (const leaf of demoCategoryLeaves) {
      for (const district of DISTRICTS) {
        const target: DispatchTarget | null = await resolveDispatch(t.database.db, leaf.code, outsideNear(district));
        expect(target, `${leaf.code} in ${district}`).not.toBeNull();
        const ruled = rules.some((r) => r.categoryCode === leaf.code && (r.placeCode === district || r.placeCode === '339900'));
        if (!ruled) expect(kinds.get(target!.leadDepartmentId), `${leaf.code} in ${district}`).toBe(leaf.departmentKind);
      }
    }
  });

  it('seeds the automatic rules it promises, each naming a department of the leaf’s kind', async () => {
    const seeded = await t.database.db
      .select()
      .from(dispatchRules)
      .where(inArray(dispatchRules.placeCode, DISTRICTS));
    expect(seeded.filter((r) => r.automatic).length).toBeGreaterThanOrEqual(22);
    const [flooding] = await t.database.db.select().from(dispatchRules).where(eq(dispatchRules.categoryCode, 'roads.flooding'));
    expect(flooding?.assistingDepartmentIds).toEqual([ids.get('D339900-TRANSPORT')]);
  });
});
