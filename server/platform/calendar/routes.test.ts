import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { auditRecords } from '../audit/tables';
import { OfficialCalendar } from './official-calendar';

let t: TestApp;
let admin: Session;
let clerk: Session;

interface Problem {
  field: string;
  rule: string;
  message: string;
}
interface ErrorResponse {
  error: { code: string; message: string; details?: Problem[] };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'sysadmin');
  clerk = await signIn(t.app, 'clerk.hudong');
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });
const fields = (body: ErrorResponse) => (body.error.details ?? []).map((p) => p.field).sort();

describe('public look-ups', () => {
  it('adds working days across the 2026 Spring Festival', async () => {
    const res = await get('/api/v1/calendar/working-days?from=2026-02-14&add=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ date: '2026-02-24', provisional: false });
    expect((await get('/api/v1/calendar/working-days?from=2026-02-13&add=0')).json()).toEqual({ date: '2026-02-13', provisional: false });
  });

  it('describes a day', async () => {
    expect((await get('/api/v1/calendar/days/2026-10-01')).json()).toEqual({ date: '2026-10-01', working: false, name: '国庆节', provisional: false });
    expect((await get('/api/v1/calendar/days/2026-10-10')).json()).toEqual({ date: '2026-10-10', working: true, name: '国庆节调休上班', provisional: false });
    expect((await get('/api/v1/calendar/days/2029-10-08')).json()).toEqual({ date: '2029-10-08', working: true, name: null, provisional: true });
  });

  it('refuses bad dates and counts with 400s naming the field', async () => {
    for (const url of ['/api/v1/calendar/working-days?from=2026-02-30&add=1', '/api/v1/calendar/working-days?from=2026-2-3&add=1', '/api/v1/calendar/working-days?from=0026-02-03&add=1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<ErrorResponse>().error.code).toBe('validation.failed');
      expect(fields(res.json<ErrorResponse>())).toContain('from');
    }
    for (const add of ['366', '-1', '1.5', 'x', '']) {
      const res = await get(`/api/v1/calendar/working-days?from=2026-02-03&add=${add}`);
      expect(res.statusCode, add).toBe(400);
      expect(fields(res.json<ErrorResponse>())).toEqual(['add']);
    }
    const missing = await get('/api/v1/calendar/working-days');
    expect(fields(missing.json<ErrorResponse>())).toEqual(['add', 'from']);
    const day = await get('/api/v1/calendar/days/2026-04-31');
    expect(day.statusCode).toBe(400);
    expect(fields(day.json<ErrorResponse>())).toContain('date');
  });
});

describe('loading a year', () => {
  const y2028 = {
    holidays: { '2028-01-01': '元旦', '2028-01-25': '春节', '2028-01-26': '春节', '2028-01-27': '春节', '2028-01-28': '春节', '2028-01-31': '春节' },
    workdays: { '2028-01-29': '春节调休上班' },
  };

  it('needs a signed-in staff member to list and a system admin to load', async () => {
    expect((await get('/api/v1/calendar/years')).statusCode).toBe(401);
    expect((await clerk.request('GET', '/api/v1/calendar/years')).statusCode).toBe(200);
    const res = await clerk.request('PUT', '/api/v1/calendar/years/2028', y2028);
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorResponse>().error.code).toBe('auth.forbidden');
  });

  it('loads a year, then the look-ups use it (not provisional) and other processes see it after refresh', async () => {
    expect((await get('/api/v1/calendar/days/2028-01-31')).json()).toMatchObject({ working: true, provisional: true });
    const res = await admin.request('PUT', '/api/v1/calendar/years/2028', y2028);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2028, loadedBy: 'sysadmin', holidays: 6, workdays: 1 });

    expect((await get('/api/v1/calendar/days/2028-01-31')).json()).toEqual({ date: '2028-01-31', working: false, name: '春节', provisional: false });
    expect((await get('/api/v1/calendar/days/2028-01-29')).json()).toEqual({ date: '2028-01-29', working: true, name: '春节调休上班', provisional: false });
    expect((await get('/api/v1/calendar/working-days?from=2028-01-24&add=2')).json()).toEqual({ date: '2028-02-01', provisional: false });

    const years = (await admin.request('GET', '/api/v1/calendar/years')).json<{ bundled: number[]; loaded: { year: number; holidays: number }[] }>();
    expect(years.bundled).toContain(2026);
    expect(years.loaded).toEqual([expect.objectContaining({ year: 2028, holidays: 6, workdays: 1, loadedBy: 'sysadmin' })]);

    const audit = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'calendar.year_loaded'), eq(auditRecords.objectId, '2028')));
    expect(audit).toHaveLength(1);

    const otherProcess = new OfficialCalendar();
    expect(otherProcess.day('2028-01-31').provisional).toBe(true);
    await otherProcess.refresh(t.database.db);
    expect(otherProcess.day('2028-01-31')).toMatchObject({ working: false, provisional: false });
  });

  it('replaces a loaded year', async () => {
    const res = await admin.request('PUT', '/api/v1/calendar/years/2028', { holidays: { '2028-01-01': '元旦' }, workdays: {} });
    expect(res.statusCode).toBe(200);
    expect((await get('/api/v1/calendar/days/2028-01-31')).json()).toMatchObject({ working: true, name: null, provisional: false });
  });

  it('lists every problem with the arrangement at once, each naming its field (422)', async () => {
    const res = await admin.request(
      'PUT',
      '/api/v1/calendar/years/2027',
      {
        holidays: { '2027-02-30': '春节', '2028-01-01': '元旦', '2027-10-01': '国庆节', '2027-10-02': ' ' },
        workdays: { '2027-10-01': '国庆节调休上班', '2027-10-13': '国庆节调休上班', '2027-10-09': '国庆节调休上班' },
      },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(422);
    const body = res.json<ErrorResponse>();
    expect(body.error.code).toBe('calendar.arrangement_invalid');
    expect(body.error.details?.map((p) => `${p.field}:${p.rule}`).sort()).toEqual([
      'holidays.2027-02-30:date',
      'holidays.2027-10-02:not_blank',
      'holidays.2028-01-01:year',
      'workdays.2027-10-01:both',
      'workdays.2027-10-13:weekend',
    ]);
    expect(body.error.details?.find((p) => p.rule === 'weekend')?.message).toMatch(/Saturday or Sunday/);
    expect((await get('/api/v1/calendar/days/2027-10-13')).json()).toMatchObject({ provisional: true });
  });

  it('refuses a malformed body or year with 400 naming the field', async () => {
    const noWorkdays = await admin.request('PUT', '/api/v1/calendar/years/2027', { holidays: { '2027-01-01': '元旦' } });
    expect(noWorkdays.statusCode).toBe(400);
    expect(fields(noWorkdays.json<ErrorResponse>())).toEqual(['workdays']);
    const badYear = await admin.request('PUT', '/api/v1/calendar/years/1800', { holidays: { '1800-01-01': '元旦' }, workdays: {} });
    expect(badYear.statusCode).toBe(400);
    expect(fields(badYear.json<ErrorResponse>())).toEqual(['year']);
    const empty = await admin.request('PUT', '/api/v1/calendar/years/2027', { holidays: {}, workdays: {} });
    expect(empty.statusCode).toBe(422);
    expect(fields(empty.json<ErrorResponse>())).toEqual(['holidays']);
  });
});
