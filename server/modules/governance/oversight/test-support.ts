import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { departments } from '../../identity/tables';
import { incidents } from '../tables';

// Test helpers of the oversight part: incidents written straight into the table (the intake is another part's
// concern), departments and accounts by their demo codes.

let serial = 0;

export type IncidentSeed = Partial<typeof incidents.$inferInsert>;

/** An incident of 东湖春晖社区第1网格 (湖东区), dispatched to 湖东区城市管理局 unless told otherwise. */
export async function insertIncident(database: Database, values: IncidentSeed = {}) {
  serial += 1;
  const [row] = await database.db
    .insert(incidents)
    .values({
      number: `339902-20260302-T${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(5, '0')}`,
      channel: 'citizen',
      status: 'dispatched',
      urgency: 'normal',
      categoryCode: 'appearance.street_vending',
      description: '路口有人占道经营',
      lat: 30.2,
      lng: 120.2,
      gridCode: '339902001001-G1',
      communityCode: '339902001001',
      streetCode: '339902001',
      districtCode: '339902',
      deadlineState: 'on_time',
      ...values,
    })
    .returning();
  return row!;
}

export async function departmentId(database: Database, code: string): Promise<string> {
  const [row] = await database.db.select({ id: departments.id }).from(departments).where(eq(departments.code, code));
  if (!row) throw new Error(`no department ${code}`);
  return row.id;
}

export async function userIdOf(database: Database, username: string): Promise<string> {
  const { rows } = await database.executeSql('SELECT id FROM users WHERE username = $1', [username]);
  if (!rows[0]) throw new Error(`no user ${username}`);
  return String(rows[0].id);
}

export async function count(database: Database, text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await database.executeSql(text, values);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}
