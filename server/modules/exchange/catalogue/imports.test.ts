import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { importAndWait, multipart, publish, residentId, resourceBody } from './catalogue-fixtures';
import { MAX_IMPORT_BYTES } from './parse-import-file';
import { IMPORT_CHUNK_ROWS } from './run-import';

let t: TestApp;
let city: Session;
let hudong: Session;

const recordCount = async (code: string) => Number((await t.database.executeSql('SELECT count(*) AS n FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = $1', [code])).rows[0]?.n);

beforeAll(async () => {
  t = await createTestApp();
  city = await signIn(t.app, 'steward.city');
  hudong = await signIn(t.app, 'steward.hudong');
  await publish(city, resourceBody('T-IMP-CSV'));
  await publish(city, resourceBody('T-IMP-XLSX'));
});
afterAll(async () => t.close());

describe('importing a CSV file', () => {
  it('loads every good row in chunks, reports the bad rows by file row number, and recomputes quality', async () => {
    // Chinese field names as headers (姓名, 起始日期) mixed with keys; a BOM, quoted text with a comma.
    const lines = ['subject,姓名,level,income,isActive,起始日期'];
    const total = IMPORT_CHUNK_ROWS + 50;
    for (let i = 0; i < total; i++) {
      const fileRow = i + 2;
      if (fileRow === 3) lines.push('339902199001010000,坏主体,一级,1,true,2020-01-01');
      else if (fileRow === IMPORT_CHUNK_ROWS + 5) lines.push(`${residentId(i)},"张,${i}",二级,12.5,否,not-a-date`);
      else lines.push(`${residentId(i)},"张,${i}",${i % 2 === 0 ? '一级' : '三级'},${i * 10},是,2020-01-${String((i % 28) + 1).padStart(2, '0')}`);
    }
    lines.push(',,,,,'); // a trailing blank row is skipped
    const bytes = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
    const { id, status } = await importAndWait(city, 'T-IMP-CSV', 'records.csv', bytes);
    expect(status).toMatchObject({ status: 'done', totalRows: total, processedRows: total, acceptedRows: total - 2 });
    expect(status.errors.map((e) => `${e.row}:${e.field}:${e.rule}`)).toEqual(['3:subject:subject_invalid', `${IMPORT_CHUNK_ROWS + 5}:since:type`]);
    expect(status.errors[0]!.message.zh).toContain('身份证号');
    expect(status.errors[0]!.message.en).toContain('resident ID');
    expect(await recordCount('T-IMP-CSV')).toBe(total - 2);
    const detail = (await city.request('GET', '/api/v1/exchange/resources/T-IMP-CSV')).json<{ quality: { records: number; failing: { field?: string; rule: string; count: number }[] } }>();
    expect(detail.quality.records).toBe(total - 2);
    // Odd rows carry 三级, outside the enum: a quality issue, not a rejection.
    expect(detail.quality.failing.find((f) => f.rule === 'enum')?.count).toBeGreaterThan(100);
    const audit = await t.database.executeSql("SELECT count(*) AS n FROM audit_records WHERE action IN ('exchange.import_started', 'exchange.records_loaded') AND (object_id = 'T-IMP-CSV' OR object_id = $1)", [id]);
    expect(Number(audit.rows[0]?.n)).toBe(2);
  });

  it('refuses an unreadable file or an unknown column with 422 and starts nothing', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    for (const [name, bytes] of [
      ['photo.csv', png],
      ['latin1.csv', Buffer.from([0x73, 0x75, 0x62, 0x6a, 0x65, 0x63, 0x74, 0x0a, 0xe9, 0xff, 0x0a])],
      ['fake.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)])],
      ['empty.csv', Buffer.alloc(0)],
    ] as const) {
      const body = multipart(name, bytes);
      const res = await city.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', body.payload, body.headers);
      expect(res.statusCode, `${name} ${res.body}`).toBe(422);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('exchange.import_invalid');
    }
    const unknown = multipart('cols.csv', Buffer.from('subject,fullName,nope\n339902199001010014,张,1\n'));
    const res = await city.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', unknown.payload, unknown.headers);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { details: unknown } }>().error.details).toEqual([{ row: 1, field: 'nope', rule: 'unknown_column' }]);
    const huge = multipart('huge.csv', Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'));
    const tooLarge = await city.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', huge.payload, huge.headers);
    expect(tooLarge.statusCode).toBe(413);
    const notMultipart = await city.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', { file: 'x' });
    expect([415, 422]).toContain(notMultipart.statusCode);
    const noSubject = multipart('cols.csv', Buffer.from('fullName\n张\n'));
    expect((await city.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', noSubject.payload, noSubject.headers)).statusCode).toBe(422);
    const imports = await t.database.executeSql("SELECT count(*) AS n FROM data_imports i JOIN data_resources d ON d.id = i.resource_id WHERE d.code = 'T-IMP-CSV'");
    expect(Number(imports.rows[0]?.n)).toBe(1);
  });

  it('only the provider’s stewards import and see the progress', async () => {
    const body = multipart('r.csv', Buffer.from(`subject,fullName,since\n${residentId(1)},张,2020-01-01\n`));
    const foreign = await hudong.request('POST', '/api/v1/exchange/resources/T-IMP-CSV/imports', body.payload, body.headers);
    expect(foreign.statusCode).toBe(403);
    const { id } = await importAndWait(city, 'T-IMP-CSV', 'r.csv', Buffer.from(`subject,fullName,since\n${residentId(1)},张,2020-01-01\n`));
    expect((await hudong.request('GET', `/api/v1/exchange/imports/${id}`)).statusCode).toBe(404);
    expect((await city.request('GET', '/api/v1/exchange/imports/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('importing an XLSX file', () => {
  it('reads typed cells (numbers, booleans, dates) and reports the bad rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['subject', 'fullName', '等级', 'income', 'isActive', 'since']);
    sheet.addRow([residentId(11), '李一', '一级', 3000, true, new Date(Date.UTC(2021, 4, 6))]);
    sheet.addRow([residentId(12), '李二', '二级', 'lots', false, new Date(Date.UTC(2021, 4, 7))]);
    sheet.addRow(['not-an-id', '李三', '一级', 1, true, '2021-05-08']);
    sheet.addRow([residentId(14), { richText: [{ text: '李' }, { text: '四' }] }, null, 0, 'no', '2021/5/9']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { status } = await importAndWait(city, 'T-IMP-XLSX', 'records.xlsx', bytes);
    expect(status).toMatchObject({ status: 'done', totalRows: 4, processedRows: 4, acceptedRows: 2 });
    expect(status.errors.map((e) => `${e.row}:${e.field}:${e.rule}`)).toEqual(['3:income:type', '4:subject:subject_invalid']);
    const rows = await t.database.executeSql("SELECT r.data_enc FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = 'T-IMP-XLSX' AND r.subject_bidx = $1", [t.services.cipher.blindIndex('id_number', residentId(11))]);
    expect(JSON.parse(t.services.cipher.decrypt(String(rows.rows[0]!.data_enc), 'data_records.data'))).toEqual({ fullName: '李一', level: '一级', income: 3000, isActive: true, since: '2021-05-06' });
  });
});
