import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../platform/jobs/tables';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { NOTIFY_REPORT_DECIDED, notifyReportDecided } from './notify-report-decided';
import { usageRuntime } from './runtime';
import { USAGE_REPORT_DECIDED } from './decide-usage-report';

interface Item {
  id: number;
  method: string;
  purpose: string;
  department: { name: { zh: string } } | null;
  resource: { code: string; name: { zh: string } };
  fields: { key: string; name: { zh: string } }[];
  basis: string | null;
  reported: boolean;
}
interface Page {
  items: Item[];
  nextCursor: number | null;
  departments: { id: string; name: { zh: string } }[];
}

let t: TestApp;
let mother: Session; // 李娜
let other: Session; // 王强
let enterprise: Session; // 明湖湖东云帆科技有限公司
let clerk: Session;
let auditor: Session;

beforeAll(async () => {
  t = await createTestApp();
  [mother, other, enterprise, clerk, auditor] = await Promise.all([
    signIn(t.app, '13900000002'),
    signIn(t.app, '13900000003'),
    signIn(t.app, '91339902MA2A1B3C49'),
    signIn(t.app, 'clerk.hudong'),
    signIn(t.app, 'auditadmin'),
  ]);
  // Activity: the newborn form fetches 李娜's data; the provident fund registration fetches the enterprise's registered address.
  expect((await mother.request('GET', '/api/v1/applications/prepare?lifeEvent=newborn&region=339902001002')).statusCode).toBe(200);
  expect((await enterprise.request('GET', '/api/v1/applications/prepare?implementation=GG-HOUSING-0003&region=339902001001')).statusCode).toBe(200);
});
afterAll(async () => t.close());

const usage = async (session: Session, query = '') => {
  const res = await session.request('GET', `/api/v1/me/data-usage${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

describe('who used my data', () => {
  it('lists the lookups of the citizen with department, resource, field names and purpose — and nobody else sees them', async () => {
    const page = await usage(mother);
    const birth = page.items.find((i) => i.resource.code === 'HEALTH-BIRTH-CERT')!;
    expect(birth).toMatchObject({ method: 'lookup', purpose: '办理「新生儿出生一件事」', basis: 'statutory', reported: false });
    expect(birth.resource.name.zh).toBe('出生医学证明信息');
    expect(birth.department?.name.zh).toMatch(/明湖市/);
    // Each department fetches only what its own item's form needs (one lookup per consuming grant).
    const birthFields = page.items.filter((i) => i.resource.code === 'HEALTH-BIRTH-CERT').flatMap((i) => i.fields.map((f) => f.name.zh));
    expect(birthFields).toContain('新生儿姓名');
    expect(birthFields).toContain('出生医学证明编号');
    expect(page.departments.length).toBeGreaterThan(0);

    const others = await usage(other);
    expect(others.items.some((i) => page.items.some((m) => m.id === i.id))).toBe(false);
    // Filters: by method and by date (a day with nothing).
    expect((await usage(mother, '?method=unmask')).items).toEqual([]);
    expect((await usage(mother, '?from=2020-01-01&to=2020-01-02')).items).toEqual([]);
    const department = birth.department ? page.departments.find((d) => d.name.zh === birth.department!.name.zh)! : null;
    const byDepartment = await usage(mother, `?department=${department!.id}`);
    expect(byDepartment.items.every((i) => i.department?.name.zh === department!.name.zh)).toBe(true);
    // Paging with a cursor.
    const first = await usage(mother, '?limit=1');
    expect(first.items).toHaveLength(1);
    const second = await usage(mother, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0]!.id).toBeLessThan(first.items[0]!.id);
    // Staff have no "my data usage".
    expect((await clerk.request('GET', '/api/v1/me/data-usage')).statusCode).toBe(403);
  });

  it('shows an enterprise the uses of its credit code', async () => {
    const page = await usage(enterprise);
    expect(page.items.map((i) => i.resource.code)).toContain('AMR-ENTERPRISE');
    expect((await usage(mother)).items.some((i) => i.resource.code === 'AMR-ENTERPRISE')).toBe(false);
  });

  it('shows an unmask of the person by staff', async () => {
    const people = (await clerk.request('GET', '/api/v1/people?limit=200')).json<{ items: { id: string; name: string }[] }>().items;
    const zhang = people.find((p) => p.name === '张明')!;
    const unmasked = await clerk.request('POST', `/api/v1/people/${zhang.id}/unmask`, { field: 'mobile', purpose: '回访核实' });
    expect(unmasked.statusCode, unmasked.body).toBe(200);
    const father = await signIn(t.app, '13900000001');
    const row = (await usage(father, '?method=unmask')).items[0]!;
    expect(row).toMatchObject({ purpose: '回访核实', resource: { code: 'identity.account' } });
    expect(row.fields[0]!.name.zh).toBe('手机号码');
    expect(row.department?.name.zh).toBe('湖东区市场监督管理局');
  });

  it('exports CSV (UTF-8 with BOM) and JSON', async () => {
    const csv = await mother.request('GET', '/api/v1/me/data-usage/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="data-usage-.*\.csv"/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('时间,方式,结果,依据,使用部门,提供部门,数据资源,字段,用途,办件编号');
    expect(lines.some((l) => l.includes('出生医学证明信息') && l.includes('办理「新生儿出生一件事」'))).toBe(true);
    const json = await mother.request('GET', '/api/v1/me/data-usage/export?format=json');
    expect(json.statusCode).toBe(200);
    const body = json.json<{ items: Item[] }>();
    expect(body.items.length).toBe(lines.length - 1);
    expect((await mother.request('GET', '/api/v1/me/data-usage/export?format=xml')).statusCode).toBe(400);
  });

  it('takes one report of wrong use per record; the audit admin decides and the reporter is told', async () => {
    const item = (await usage(mother)).items[0]!;
    const url = `/api/v1/me/data-usage/${item.id}/reports`;
    expect((await other.request('POST', url, { reason: '不是我的记录' })).statusCode).toBe(404);
    expect((await mother.request('POST', url, { reason: '' })).statusCode).toBe(400);
    const created = await mother.request('POST', url, { reason: '我没有办理过这个事项' });
    expect(created.statusCode, created.body).toBe(201);
    const again = await mother.request('POST', url, { reason: '再说一次' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('exchange.report_exists');
    expect((await usage(mother)).items.find((i) => i.id === item.id)?.reported).toBe(true);

    expect((await clerk.request('GET', '/api/v1/exchange/usage-reports')).statusCode).toBe(403);
    const list = await auditor.request('GET', '/api/v1/exchange/usage-reports?status=open');
    expect(list.statusCode, list.body).toBe(200);
    const report = list.json<{ items: { id: string; reason: string; record: { id: number } | null }[] }>().items.find((r) => r.record?.id === item.id)!;
    expect(report.reason).toBe('我没有办理过这个事项');
    const decided = await auditor.request('POST', `/api/v1/exchange/usage-reports/${report.id}/decide`, { outcome: 'dismissed', decision: '该查询依据户口登记条例办理，合法。' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'dismissed', decision: '该查询依据户口登记条例办理，合法。' });
    expect((await auditor.request('POST', `/api/v1/exchange/usage-reports/${report.id}/decide`, { outcome: 'upheld', decision: '改判' })).statusCode).toBe(409);

    // The decision goes out through the outbox to the handler the runtime subscribes, which writes the notice.
    expect(usageRuntime.subscriptions?.[USAGE_REPORT_DECIDED]).toEqual([NOTIFY_REPORT_DECIDED]);
    const events = await t.services.db.select().from(outboxEvents).where(eq(outboxEvents.topic, USAGE_REPORT_DECIDED));
    expect(events).toHaveLength(1);
    await t.services.db.transaction((tx) => notifyReportDecided(t.services.cipher).handle(tx, events[0]!.payload, { eventId: `outbox:${events[0]!.id}` }));
    const inbox = (await mother.request('GET', '/api/v1/notifications')).json<{ items: { title: string; link: string | null }[] }>();
    expect(inbox.items[0]).toMatchObject({ link: '/me/data-usage' });
    expect(JSON.stringify(inbox.items[0])).toContain('异议未被支持');
  });
});
