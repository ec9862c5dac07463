import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { systemContext, type Services, type UseCaseContext } from '../platform/context';
import { hashApiKey } from '../modules/exchange/api-key-format';
import { assignStaffRole } from '../modules/identity/assign-staff-role';
import { loginIndex } from '../modules/identity/person-fields';
import { departments, users } from '../modules/identity/tables';
import { dispatchRules, grids, incidentCategories, intakeClients, sensorRules, sensors } from '../modules/governance/tables';
import { boundsOf } from '../modules/governance/places/grid-index';
import { demoGrids, type SeedGrid } from './demo-grids';
import { demoCategoryRows } from './demo-incident-categories';

// The demo city's governance map: the category tree, the 42 grids each with its grid worker, the dispatch rules
// that let the demo dispatch on its own, the two intake clients (a sensor platform and an Open311 app) with fixed
// keys, six sensors and their threshold rules. Idempotent: every insert skips what exists.

/** The sensor platform's API key (demo region only; printed in the README). */
export const DEMO_SENSOR_KEY = 'ywk_demosens_MinghuDemoSensorKeyOnlyForFictionalRegion26';
/** The Open311 demo application's API key (demo region only; printed in the README). */
export const DEMO_OPEN311_KEY = 'ywk_demoo311_MinghuDemoOpen311KeyOnlyForFictionalRegion2';

/** grid.donghu (a demo account with a TOTP secret) patrols the first two grids of 东湖春晖社区. */
export const DEMO_GRID_WORKER = { username: 'grid.donghu', grids: ['339902001001-G1', '339902001001-G2'] } as const;

/** The username of the seeded worker of a grid that grid.donghu does not patrol. */
export function gridWorkerUsername(gridCode: string): string {
  return `grid.${gridCode.toLowerCase()}`;
}

const DISTRICTS = ['339902', '339903', '339904'] as const;
const URBAN_LEAVES = ['appearance.litter', 'appearance.street_vending', 'appearance.illegal_ads', 'appearance.illegal_building', 'roads.streetlight'];

interface SeedRule {
  categoryCode: string;
  placeCode: string;
  lead: string;
  assisting?: string[];
}

/** Automatic rules: district urban management, market regulation and civil affairs take their own leaves. */
export const demoDispatchRules: SeedRule[] = [
  ...DISTRICTS.flatMap((d) => [
    ...URBAN_LEAVES.map((categoryCode) => ({ categoryCode, placeCode: d, lead: `D${d}-URBAN` })),
    { categoryCode: 'market.food_safety', placeCode: d, lead: `D${d}-AMR` },
    { categoryCode: 'social.hardship', placeCode: d, lead: `D${d}-CIVIL` },
  ]),
  // Co-handling: a flooded road in 湖东区 needs the road authority too.
  { categoryCode: 'roads.flooding', placeCode: '339902', lead: 'D339902-URBAN', assisting: ['D339900-TRANSPORT'] },
];

function centreOf(grid: SeedGrid): { lat: number; lng: number } {
  const b = boundsOf(grid.geometry);
  return { lng: (b.minLng + b.maxLng) / 2, lat: (b.minLat + b.maxLat) / 2 };
}

/** Sensors sit at the centre of a grid (so each one locates to a known place). */
export const demoSensors = [
  { code: 'AQ-339902-01', kind: 'air_quality', grid: '339902001001-G2', name: { zh: '东湖春晖空气质量监测站', en: 'Donghu Chunhui air quality station' } },
  { code: 'AQ-339903-01', kind: 'air_quality', grid: '339903001002-G1', name: { zh: '西溪秋实空气质量监测站', en: 'Xixi Qiushi air quality station' } },
  { code: 'NS-339902-01', kind: 'noise', grid: '339902002001-G1', name: { zh: '望江春晖噪声监测点', en: 'Wangjiang Chunhui noise monitor' } },
  { code: 'NS-339904-01', kind: 'noise', grid: '339904001001-G2', name: { zh: '南山春晖噪声监测点', en: 'Nanshan Chunhui noise monitor' } },
  { code: 'WL-339902-01', kind: 'water_level', grid: '339902001002-G3', name: { zh: '东湖秋实路面积水监测点', en: 'Donghu Qiushi road water level gauge' } },
  { code: 'WL-339903-01', kind: 'water_level', grid: '339903002001-G1', name: { zh: '桂园春晖路面积水监测点', en: 'Guiyuan Chunhui road water level gauge' } },
] as const;

const demoSensorRules = [
  { kind: 'air_quality', metric: 'pm25', openAbove: 150, closeBelow: 75, categoryCode: 'environment.air', urgency: 'normal' as const },
  { kind: 'noise', metric: 'db', openAbove: 70, closeBelow: 60, categoryCode: 'noise.construction', urgency: 'normal' as const },
  { kind: 'water_level', metric: 'cm', openAbove: 30, closeBelow: 10, categoryCode: 'roads.flooding', urgency: 'urgent' as const },
];

function prefixOf(key: string): string {
  return key.split('_')[1]!;
}

async function departmentIds(tx: Tx, codes: string[]): Promise<Map<string, string>> {
  const rows = await tx.select({ id: departments.id, code: departments.code }).from(departments).where(inArray(departments.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.id]));
}

function must(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`demo governance seed: department ${code} is missing`);
  return id;
}

/** One grid worker per grid at its street office; they enrol their second factor at first sign-in. */
async function seedGridWorkers(ctx: UseCaseContext, tx: Tx, list: SeedGrid[]): Promise<Map<string, string>> {
  // The demo accounts share one password hash (hashing is slow); grid.donghu's row carries it.
  const [donghu] = await tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.username, DEMO_GRID_WORKER.username));
  if (!donghu) throw new Error('demo governance seed: grid.donghu is missing (seed the region first)');
  const workers = new Map<string, string>(DEMO_GRID_WORKER.grids.map((g) => [g, donghu.id]));
  let number = 0;
  for (const grid of list) {
    if (workers.has(grid.code)) continue;
    const username = gridWorkerUsername(grid.code);
    number += 1;
    const name = `网格员${String(number).padStart(2, '0')}`;
    const [created] = await tx
      .insert(users)
      .values({ kind: 'staff', name, username, loginBidx: loginIndex(ctx.cipher, username), passwordHash: donghu.passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id });
    const userId = created?.id ?? (await tx.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]?.id;
    if (!userId) throw new Error(`demo governance seed: could not create ${username}`);
    if (created) await assignStaffRole(ctx, tx, { userId, departmentCode: `S${grid.communityCode.slice(0, 9)}-OFFICE`, role: 'grid_worker' });
    workers.set(grid.code, userId);
  }
  return workers;
}

/** The demo city's category tree, grids with their workers, dispatch rules, intake clients, sensors and rules. */
export async function seedDemoGovernance(services: Services): Promise<void> {
  const ctx = systemContext(services, 'seed');
  const list = demoGrids();
  await services.db.transaction(async (tx) => {
    await tx.insert(incidentCategories).values(demoCategoryRows()).onConflictDoNothing();

    const workers = await seedGridWorkers(ctx, tx, list);
    await tx
      .insert(grids)
      .values(list.map((g) => ({ code: g.code, name: g.name, communityCode: g.communityCode, geometry: g.geometry, ...boundsOf(g.geometry), workerUserId: workers.get(g.code) ?? null })))
      .onConflictDoNothing();

    const ids = await departmentIds(tx, [...demoDispatchRules.flatMap((r) => [r.lead, ...(r.assisting ?? [])]), 'D339900-ECO', 'D339900-DATA']);
    await tx
      .insert(dispatchRules)
      .values(demoDispatchRules.map((r) => ({ categoryCode: r.categoryCode, placeCode: r.placeCode, leadDepartmentId: must(ids, r.lead), assistingDepartmentIds: (r.assisting ?? []).map((c) => must(ids, c)), automatic: true })))
      .onConflictDoNothing();

    await tx
      .insert(intakeClients)
      .values([
        { name: '明湖市物联感知平台', keyPrefix: prefixOf(DEMO_SENSOR_KEY), secretHash: hashApiKey(DEMO_SENSOR_KEY), scopes: ['sensors'], departmentId: must(ids, 'D339900-ECO') },
        { name: '12345 开放接口演示应用', keyPrefix: prefixOf(DEMO_OPEN311_KEY), secretHash: hashApiKey(DEMO_OPEN311_KEY), scopes: ['open311'], departmentId: must(ids, 'D339900-DATA') },
      ])
      .onConflictDoNothing();
    const [sensorClient] = await tx.select({ id: intakeClients.id }).from(intakeClients).where(eq(intakeClients.keyPrefix, prefixOf(DEMO_SENSOR_KEY)));
    const byCode = new Map(list.map((g) => [g.code, g]));
    await tx
      .insert(sensors)
      .values(demoSensors.map((s) => ({ code: s.code, kind: s.kind, name: s.name, ...centreOf(byCode.get(s.grid)!), intakeClientId: sensorClient!.id })))
      .onConflictDoNothing();

    // Rules have no natural key: seed them only once.
    const existing = await tx.select({ kind: sensorRules.kind }).from(sensorRules);
    const missing = demoSensorRules.filter((r) => !existing.some((e) => e.kind === r.kind));
    if (missing.length > 0) await tx.insert(sensorRules).values(missing.map((r) => ({ ...r, placeCode: null })));
  });
}
