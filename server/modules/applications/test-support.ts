import type { Database } from '../../db/client';
import { addDays } from '../../platform/calendar/iso-date';
import { todayInChina, type WorkingCalendar } from '../../platform/calendar/working-calendar';
import type { Session } from '../../testing/test-app';

/** A tiny valid PNG (1×1), for upload materials in tests. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function upload(session: Session, bytes: Buffer = PNG, name = 'photo.png'): Promise<string> {
  const res = await session.request('POST', '/api/v1/applications/uploads', bytes, { 'content-type': 'image/png', 'x-file-name': encodeURIComponent(name) });
  if (res.statusCode !== 201) throw new Error(`upload failed ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

interface CaseJson {
  id: string;
  version: number;
  status: string;
  availableActions: string[];
  children: { id: string; status: string; itemCode: string }[];
  licence: { id: string } | null;
}

export async function getCase(session: Session, id: string): Promise<CaseJson> {
  const res = await session.request('GET', `/api/v1/applications/${id}`);
  if (res.statusCode !== 200) throw new Error(`get failed ${res.statusCode} ${res.body}`);
  return res.json<CaseJson>();
}

/** Takes an action with the current version; returns the response (status and body). */
export async function act(session: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const current = await getCase(session, id);
  return session.request('POST', `/api/v1/applications/${id}/actions/${action}`, body, { 'if-match': `"${current.version}"` });
}

/** Runs a case through every remaining staff step: accept, approve until decided, deliver. */
export async function handleToEnd(session: Session, id: string): Promise<CaseJson> {
  for (let i = 0; i < 10; i++) {
    const c = await getCase(session, id);
    const next = ['accept', 'approve', 'deliver'].find((a) => c.availableActions.includes(a));
    if (!next) return c;
    const res = await act(session, id, next, next === 'deliver' ? { method: c.licence ? 'elicence' : 'counter' } : {});
    if (res.statusCode !== 200) throw new Error(`${next} failed ${res.statusCode} ${res.body}`);
  }
  return getCase(session, id);
}

// ——— 食品经营许可 (XK-AMR-0005) in 湖东区: handled by D339902-AMR in four steps (clerk → reviewer → approver → clerk).

/** 明湖湖东云帆科技有限公司: an enterprise of 湖东区 that holds an e-business licence (fetched, 免证办). */
export const ENTERPRISE = '91339902MA2A1B3C49';
export const FOOD = { implementation: 'XK-AMR-0005', region: '339902001001' } as const;
/** A minimal PDF (recognised by its magic bytes), for materials that accept only PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** The form values nobody fills in for the applicant (the platform fills the rest from the account). */
export function foodForm(kind: 'enterprise' | 'citizen', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const own = { isOnline: false, floorArea: 60, businessItems: ['热食类食品制售'], safetyManager: '赵安全', businessFormat: '餐饮服务经营者', premisesAddress: '湖东区市民大道1号' };
  const identity = kind === 'enterprise' ? { applicantName: '张明', applicantIdNumber: '339902198503121019' } : { operatorName: '湖东小吃店', legalRepresentative: '张明' };
  return { ...own, ...identity, ...overrides };
}

/**
 * The whole application body: an enterprise fetches its business licence; a citizen (who holds none) uploads it as
 * a PDF. Uploads for the plan and the application form, a commitment for the safety rules.
 */
export async function foodApplication(session: Session, kind: 'enterprise' | 'citizen', omit: string[] = []) {
  const materials = [
    { key: 'application_form', provision: 'upload', fileId: await upload(session) },
    kind === 'enterprise' ? { key: 'business_licence', provision: 'fetched' } : { key: 'business_licence', provision: 'upload', fileId: await upload(session, PDF, 'licence.pdf') },
    { key: 'layout_plan', provision: 'upload', fileId: await upload(session) },
    { key: 'safety_rules', provision: 'commitment' },
  ].filter((m) => !omit.includes(m.key));
  return { ...FOOD, form: foodForm(kind), materials };
}

let keys = 0;

/** Submits a food business licence application; returns the new case id. */
export async function submitFood(session: Session, kind: 'enterprise' | 'citizen' = 'enterprise'): Promise<string> {
  const res = await session.request('POST', '/api/v1/applications', await foodApplication(session, kind), { 'idempotency-key': `food-${process.pid}-${++keys}` });
  if (res.statusCode !== 201) throw new Error(`submit failed ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** The field problems of a 400 answer, as `field:rule` strings. */
export function problems(res: { json<T>(): T }): string[] {
  return res.json<{ error: { details?: { field: string; rule: string }[] } }>().error.details?.map((p) => `${p.field}:${p.rule}`) ?? [];
}

export function errorCode(res: { json<T>(): T }): string {
  return res.json<{ error: { code: string } }>().error.code;
}

/** One number from SQL (a count). */
export async function count(database: Database, text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await database.executeSql(text, values);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}

/** Audit records, transition events and timeline entries written so far for one case. */
export async function journalCounts(database: Database, id: string) {
  return {
    audit: await count(database, "SELECT count(*) FROM audit_records WHERE object_id = $1 AND action LIKE 'applications.%'", [id]),
    events: await count(database, "SELECT count(*) FROM outbox_events WHERE topic = 'applications.transitioned' AND payload->>'applicationId' = $1", [id]),
    timeline: await count(database, 'SELECT count(*) FROM application_events WHERE application_id = $1', [id]),
  };
}

/** Every audit record and outbox event of the database (a refused action must add none). */
export async function totals(database: Database) {
  return { audit: await count(database, 'SELECT count(*) FROM audit_records'), outbox: await count(database, 'SELECT count(*) FROM outbox_events') };
}

export async function userIdOf(database: Database, username: string): Promise<string> {
  const { rows } = await database.executeSql('SELECT id FROM users WHERE username = $1', [username]);
  if (!rows[0]) throw new Error(`no user ${username}`);
  return String(rows[0].id);
}

/** The acceptance date from which `used` working days have passed by `today` (the earliest such date's successor). */
export function acceptedBefore(calendar: WorkingCalendar, used: number, today = todayInChina()): string {
  let date = today;
  while (calendar.workingDaysBetween(date, today) < used) date = addDays(date, -1);
  return date;
}

/**
 * Moves an accepted case's clock into the past (SQL, as if accepted earlier): `used` working days spent by today,
 * due date recomputed, stored deadline state left as given (a timer or the sweep is then "due").
 */
export async function backdateClock(database: Database, calendar: WorkingCalendar, id: string, used: number, storedState: 'on_time' | 'approaching' | 'overdue' = 'on_time') {
  const { rows } = await database.executeSql('SELECT promised_days, extension_days, paused_days FROM applications WHERE id = $1', [id]);
  const row = rows[0]!;
  const acceptedOn = acceptedBefore(calendar, used);
  const due = calendar.addWorkingDays(acceptedOn, Number(row.promised_days) + Number(row.extension_days) + Number(row.paused_days)).date;
  await database.executeSql('UPDATE applications SET accepted_on = $2, due_on = $3, deadline_state = $4, escalated_at = NULL WHERE id = $1', [id, acceptedOn, due, storedState]);
  return { acceptedOn, dueOn: due };
}
