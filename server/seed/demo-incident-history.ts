import { eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { systemContext, type Services } from '../platform/context';
import type { Channel, IncidentStatus, RequestType } from '../modules/governance/model';
import { classifierModels, incidentCategories, incidentEvents, incidentParts, incidents } from '../modules/governance/tables';
import { classifyText } from '../modules/governance/classification/classify';
import { trainClassifier } from '../modules/governance/classification/train-classifier';
import { departments, users } from '../modules/identity/tables';
import { demoGrids, type SeedGrid } from './demo-grids';
import { CATEGORY_TEMPLATES, fillTemplate, pick, prng, type CategoryTemplates } from './incident-templates';

// The demo city's past incidents: 2,400 closed (or nearly closed) cases over the last 120 days, two hotspots in
// the last 30 days, and about 40 open cases for the dispatcher's console; then the first classifier is trained
// on them. Deterministic: the same seed gives the same texts, categories, places and ids (times follow today).

const HISTORY = 2400;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** How often each category is reported (litter and parking far more than wages). */
const WEIGHTS: Record<string, number> = {
  'appearance.litter': 8, 'appearance.street_vending': 8, 'appearance.illegal_ads': 4, 'appearance.illegal_building': 4, 'environment.air': 4,
  'environment.water': 2, 'noise.construction': 6, 'noise.commercial': 5, 'noise.residential': 5, 'roads.pothole': 5, 'roads.streetlight': 4,
  'roads.parking': 7, 'roads.manhole': 3, 'roads.flooding': 3, 'market.food_safety': 4, 'market.price': 3, 'market.unlicensed': 3,
  'housing.property_service': 6, 'housing.elevator': 3, 'housing.leak': 4, 'facilities.park': 3, 'facilities.bus_stop': 2,
  'facilities.water_supply': 3, 'social.hardship': 2, 'social.elderly': 2, 'social.wages': 3,
};
/** Hotspots for proactive governance: many reports of one kind in one place in the last 30 days. */
const CLUSTERS = [
  { code: 'appearance.street_vending', grid: '339902002001-G2', road: '望江路', count: 45 },
  { code: 'roads.flooding', grid: '339903001002-G1', road: '西溪路', count: 30 },
];
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林'];

type NewIncident = typeof incidents.$inferInsert;
type NewPart = typeof incidentParts.$inferInsert;
type NewEvent = typeof incidentEvents.$inferInsert;

interface Plan {
  incidents: NewIncident[];
  parts: NewPart[];
  events: NewEvent[];
}

interface Lookups {
  kindOf: Map<string, { kind: string; workingDays: number }>;
  /** `${kind}@${regionCode}` → department id. */
  department: Map<string, string>;
  urbanHudong: string | null;
  citizens: string[];
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function pointIn(random: () => number, grid: SeedGrid): { lat: number; lng: number } {
  const ring = grid.geometry.coordinates[0]!;
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const at = (lo: number, hi: number) => Math.round((lo + (hi - lo) * (0.02 + 0.96 * random())) * 1e6) / 1e6;
  return { lng: at(Math.min(...lngs), Math.max(...lngs)), lat: at(Math.min(...lats), Math.max(...lats)) };
}

function weighted(random: () => number): CategoryTemplates {
  const total = CATEGORY_TEMPLATES.reduce((s, c) => s + (WEIGHTS[c.code] ?? 1), 0);
  let r = random() * total;
  for (const c of CATEGORY_TEMPLATES) if ((r -= WEIGHTS[c.code] ?? 1) < 0) return c;
  return CATEGORY_TEMPLATES[0]!;
}

/** A dispatcher's slip now and then: mostly a neighbour in the same branch of the tree (noise.* among themselves). */
function label(random: () => number, code: string): string {
  const r = random();
  if (r >= 0.05) return code;
  const branch = code.split('.')[0]!;
  const pool = r < 0.04 ? CATEGORY_TEMPLATES.filter((c) => c.code.startsWith(`${branch}.`) && c.code !== code) : CATEGORY_TEMPLATES.filter((c) => c.code !== code);
  return pool.length ? pick(random, pool).code : code;
}

function channelOf(random: () => number): Channel {
  const r = random();
  return r < 0.45 ? 'citizen' : r < 0.8 ? 'hotline' : r < 0.95 ? 'grid' : 'open311';
}

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10).replaceAll('-', '');

function ratingOf(random: () => number): number {
  const r = random();
  return r < 0.55 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.95 ? 2 : 1;
}

function leadFor(l: Lookups, code: string, district: string): string | null {
  const kind = l.kindOf.get(code)?.kind;
  if (!kind) return null;
  return l.department.get(`${kind}@${district}`) ?? l.department.get(`${kind}@339900`) ?? null;
}

/** The common part of every demo incident; the caller sets the lifecycle fields. */
function baseIncident(random: () => number, services: Services, l: Lookups, t: CategoryTemplates, grid: SeedGrid, createdAt: Date, road?: string): NewIncident {
  const channel = channelOf(random);
  const district = grid.communityCode.slice(0, 6);
  const caller = channel === 'hotline' ? `${pick(random, SURNAMES)}${random() < 0.5 ? '先生' : '女士'}` : null;
  const phone = channel === 'hotline' ? `13${String(Math.floor(random() * 1e9)).padStart(9, '0')}` : null;
  return {
    id: uuidFrom(random),
    number: '',
    channel,
    requestType: pick<RequestType>(random, t.requestTypes),
    status: 'closed',
    urgency: random() < 0.08 ? 'urgent' : 'normal',
    categoryCode: label(random, t.code),
    description: fillTemplate(random, pick(random, t.texts), road ? { road } : {}),
    ...pointIn(random, grid),
    address: channel === 'hotline' ? grid.name.zh.replace(/第\d网格$/, '') : null,
    gridCode: grid.code,
    communityCode: grid.communityCode,
    streetCode: grid.communityCode.slice(0, 9),
    districtCode: district,
    reporterName: caller,
    reporterPhoneEnc: phone ? services.cipher.encrypt(phone, 'incidents.reporter_phone') : null,
    contactPreference: channel === 'hotline' ? 'phone' : channel === 'citizen' ? 'sms' : 'none',
    createdAt,
    updatedAt: createdAt,
  };
}

function planHistory(random: () => number, services: Services, l: Lookups, grids: SeedGrid[], now: number): Plan {
  const plan: Plan = { incidents: [], parts: [], events: [] };
  const items: { t: CategoryTemplates; grid: SeedGrid; createdAt: Date; road?: string }[] = [];
  for (let i = 0; i < HISTORY; i++) {
    // Reported between 07:00 and 23:00 China time on one of the last 120 days.
    const day = Math.floor(now / DAY) * DAY - Math.floor(1 + random() * 119) * DAY;
    items.push({ t: weighted(random), grid: pick(random, grids), createdAt: new Date(day - 8 * HOUR + (7 + random() * 16) * HOUR) });
  }
  for (const c of CLUSTERS) {
    const t = CATEGORY_TEMPLATES.find((x) => x.code === c.code)!;
    const grid = grids.find((g) => g.code === c.grid)!;
    for (let i = 0; i < c.count; i++) items.push({ t, grid, road: c.road, createdAt: new Date(now - (2 + random() * 28) * DAY) });
  }
  for (const item of items) {
    const row = baseIncident(random, services, l, item.t, item.grid, item.createdAt, item.road);
    const created = item.createdAt.getTime();
    const dispatchedAt = created + (0.2 + random() * 3) * HOUR;
    const handledAt = dispatchedAt + (2 + random() * 90) * HOUR;
    const verifiedAt = handledAt + (1 + random() * 20) * HOUR;
    const closedAt = verifiedAt + (0.5 + random() * 40) * HOUR;
    const status: IncidentStatus = closedAt < now ? 'closed' : verifiedAt < now ? 'verified' : handledAt < now ? 'handled' : 'in_progress';
    const days = l.kindOf.get(row.categoryCode!)?.workingDays ?? 5;
    const deadlineAt = created + (row.urgency === 'urgent' ? 24 * HOUR : days * 1.4 * DAY);
    const rating = status === 'closed' ? ratingOf(random) : null;
    const lead = leadFor(l, row.categoryCode!, row.districtCode);
    Object.assign(row, {
      status,
      leadDepartmentId: lead,
      deadlineAt: new Date(deadlineAt),
      deadlineState: Math.min(handledAt, now) > deadlineAt ? 'overdue' : 'on_time',
      dispatchedAt: new Date(dispatchedAt),
      handledAt: handledAt < now ? new Date(handledAt) : null,
      verifiedAt: verifiedAt < now ? new Date(verifiedAt) : null,
      closedAt: status === 'closed' ? new Date(closedAt) : null,
      rating,
      version: 6,
      updatedAt: new Date(Math.min(closedAt, now)),
    } satisfies Partial<NewIncident>);
    plan.incidents.push(row);
    if (lead) {
      const done = handledAt < now;
      plan.parts.push({ incidentId: row.id!, departmentId: lead, role: 'lead', status: done ? 'handled' : 'accepted', note: done ? '已处理完毕' : null, handledAt: done ? new Date(handledAt) : null, createdAt: new Date(dispatchedAt) });
    }
    const last = status === 'closed'
      ? { action: 'rate', fromStatus: 'verified', note: `评价：${String(rating)} 星`, at: closedAt }
      : status === 'verified' ? { action: 'verify', fromStatus: 'handled', note: '现场核查属实，已处理', at: verifiedAt }
      : status === 'handled' ? { action: 'handle', fromStatus: 'in_progress', note: '已处理完毕', at: handledAt }
      : { action: 'start', fromStatus: 'accepted', note: null, at: dispatchedAt + HOUR };
    plan.events.push({ incidentId: row.id!, at: new Date(last.at), actorName: '系统导入', action: last.action, fromStatus: last.fromStatus as IncidentStatus, toStatus: status, note: last.note });
  }
  return plan;
}

/** Open cases for the console, in every state before verification, mostly in 湖东区 (339902). */
const OPEN: { status: IncidentStatus; count: number; from: IncidentStatus | null; action: string; note: string | null }[] = [
  { status: 'registered', count: 10, from: null, action: 'register', note: null },
  { status: 'returned', count: 5, from: 'dispatched', action: 'return', note: '不属于本部门职责，请重新派遣' },
  { status: 'dispatched', count: 10, from: 'registered', action: 'dispatch', note: null },
  { status: 'accepted', count: 4, from: 'dispatched', action: 'accept', note: null },
  { status: 'in_progress', count: 6, from: 'accepted', action: 'start', note: '已安排人员现场处置' },
  { status: 'handled', count: 6, from: 'in_progress', action: 'handle', note: '已现场处理完毕，请核查' },
];

function planOpenIncidents(random: () => number, services: Services, l: Lookups, grids: SeedGrid[], now: number): Plan {
  const plan: Plan = { incidents: [], parts: [], events: [] };
  const hudong = grids.filter((g) => g.code.startsWith('339902'));
  const urban = CATEGORY_TEMPLATES.filter((t) => l.kindOf.get(t.code)?.kind === 'urban_management');
  const verifyGrid = grids.find((g) => g.code === '339902001001-G1')!;
  let citizen = 0;
  for (const o of OPEN) {
    for (let i = 0; i < o.count; i++) {
      // Dispatched cases go to 湖东区城市管理局 (the handler's department); handled ones await the grid worker of 339902001001-G1.
      const t = o.status === 'dispatched' && urban.length ? pick(random, urban) : weighted(random);
      const grid = o.status === 'handled' ? verifyGrid : random() < 0.8 ? pick(random, hudong) : pick(random, grids);
      const created = now - (1 + random() * 70) * HOUR;
      const row = baseIncident(random, services, l, t, grid, new Date(created));
      const categorised = o.status !== 'registered';
      const lead = o.status === 'dispatched' ? l.urbanHudong : categorised && o.status !== 'returned' ? leadFor(l, t.code, row.districtCode) : null;
      const days = l.kindOf.get(t.code)?.workingDays ?? 5;
      const dispatchedAt = categorised ? new Date(created + 0.5 * HOUR) : null;
      const handledAt = o.status === 'handled' ? new Date(Math.min(now - 0.5 * HOUR, created + 20 * HOUR)) : null;
      Object.assign(row, {
        status: o.status,
        categoryCode: categorised ? t.code : null,
        leadDepartmentId: lead,
        reporterUserId: row.channel === 'citizen' && l.citizens.length ? l.citizens[citizen++ % l.citizens.length] : null,
        deadlineAt: categorised ? new Date(created + (row.urgency === 'urgent' ? 24 * HOUR : days * 1.4 * DAY)) : null,
        deadlineState: categorised ? 'on_time' : null,
        dispatchedAt,
        handledAt,
        version: 1 + OPEN.findIndex((x) => x.status === o.status),
      } satisfies Partial<NewIncident>);
      plan.incidents.push(row);
      if (lead) {
        const partStatus = o.status === 'handled' ? 'handled' : o.status === 'dispatched' ? 'open' : 'accepted';
        plan.parts.push({ incidentId: row.id!, departmentId: lead, role: 'lead', status: partStatus, note: handledAt ? o.note : null, handledAt, createdAt: dispatchedAt ?? new Date(created) });
      }
      const at = handledAt ?? (dispatchedAt ? new Date(dispatchedAt.getTime() + (o.status === 'dispatched' ? 0 : HOUR)) : new Date(created));
      plan.events.push({ incidentId: row.id!, at, actorName: o.action === 'register' ? '系统导入' : '演示数据', action: o.action, fromStatus: o.from, toStatus: o.status, note: o.note });
    }
  }
  return plan;
}

async function lookups(db: Executor): Promise<Lookups> {
  const cats = await db.select({ code: incidentCategories.code, kind: incidentCategories.departmentKind, workingDays: incidentCategories.workingDays }).from(incidentCategories).where(isNotNull(incidentCategories.departmentKind));
  const depts = await db.select({ id: departments.id, kind: departments.kind, regionCode: departments.regionCode, code: departments.code }).from(departments);
  const citizens = await db.select({ id: users.id }).from(users).where(eq(users.kind, 'citizen')).orderBy(users.createdAt).limit(5);
  return {
    kindOf: new Map(cats.map((c) => [c.code, { kind: c.kind!, workingDays: c.workingDays }])),
    department: new Map(depts.map((d) => [`${d.kind}@${d.regionCode}`, d.id])),
    urbanHudong: depts.find((d) => d.code === 'D339902-URBAN')?.id ?? null,
    citizens: citizens.map((c) => c.id),
  };
}

async function insertChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The demo city's past incidents (generated from templates with variation) and the first trained model. */
export async function seedDemoIncidentHistory(services: Services): Promise<void> {
  const { db } = services;
  const [already] = await db.select({ n: sql<number>`count(*)::int` }).from(classifierModels);
  if ((already?.n ?? 0) > 0) return;
  const random = prng(20261128);
  const now = Date.now();
  const grids = demoGrids();
  await db.transaction(async (tx) => {
    const l = await lookups(tx);
    const history = planHistory(random, services, l, grids, now);
    const open = planOpenIncidents(random, services, l, grids, now);
    const all = [...history.incidents, ...open.incidents];
    const drawn: unknown = await tx.execute(sql`SELECT nextval('incident_number_seq')::bigint AS n FROM generate_series(1, ${all.length})`);
    // Both drivers answer { rows }; drizzle's driver-neutral type leaves it unknown.
    const seq = drawn as { rows: { n: string | number }[] };
    all.sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
    all.forEach((row, i) => (row.number = `${row.districtCode}-${chinaDay(row.createdAt!)}-G${String(seq.rows[i]!.n).padStart(6, '0')}`));
    await insertChunks(all, 300, (chunk) => tx.insert(incidents).values(chunk));
    await insertChunks([...history.parts, ...open.parts], 500, (chunk) => tx.insert(incidentParts).values(chunk));
    await insertChunks([...history.events, ...open.events], 500, (chunk) => tx.insert(incidentEvents).values(chunk));
  });
  await db.transaction(async (tx) => trainClassifier(tx, systemContext({ ...services, db: tx }, 'seed'), 'seed'));
  // The open cases still waiting for the dispatcher get the suggestion intake would have given them.
  const waiting = await db.select({ id: incidents.id, description: incidents.description }).from(incidents).where(inArray(incidents.status, ['registered']));
  for (const w of waiting) {
    const s = await classifyText(db, w.description);
    if (s) await db.update(incidents).set({ suggestedCategoryCode: s.categoryCode, suggestionConfidence: s.confidence, classifierModelId: s.modelId }).where(eq(incidents.id, w.id));
  }
}
