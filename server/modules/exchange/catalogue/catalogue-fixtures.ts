import { creditCodeCheckChar } from '../../../platform/ids/credit-code';
import { residentIdCheckChar } from '../../../platform/ids/resident-id';
import type { Session } from '../../../testing/test-app';

// Test fixtures for the catalogue: valid subjects made on the fly, a resource definition and multipart bodies.

/** A valid resident ID (湖东区, born 1990-01-01) for a sequence number. */
export function residentId(seq: number): string {
  const first17 = `33990219900101${String(seq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid unified social credit code for a sequence number. */
export function creditCode(seq: number): string {
  const first17 = `91339902MA${String(seq % 10_000_000).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A person resource with one field of each type and quality rules; override anything. */
export function resourceBody(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: { zh: `测试资源 ${code}`, en: `Test resource ${code}` },
    description: { zh: '用于测试的数据资源', en: 'A data resource for tests' },
    classification: { class: '基础信息', item: '人口', category: '测试' },
    subjectKind: 'person',
    fields: [
      { key: 'fullName', name: { zh: '姓名', en: 'Name' }, type: 'string', element: 'person.name', personal: true, sensitive: false, rules: { required: true } },
      { key: 'level', name: { zh: '等级', en: 'Level' }, type: 'string', personal: false, sensitive: false, rules: { enum: ['一级', '二级'] } },
      { key: 'income', name: { zh: '月收入', en: 'Monthly income' }, type: 'number', personal: true, sensitive: true, rules: { min: 0, max: 100000 } },
      { key: 'isActive', name: { zh: '是否有效', en: 'Active' }, type: 'boolean', personal: false, sensitive: false },
      { key: 'since', name: { zh: '起始日期', en: 'Since' }, type: 'date', personal: false, sensitive: false, rules: { required: true } },
    ],
    grade: 'general',
    sharingType: 'conditional',
    method: 'lookup',
    openData: false,
    updateCycle: 'daily',
    releasedOn: '2026-01-01',
    ...overrides,
  };
}

/** An open-data enterprise resource (no personal fields). */
export function openResourceBody(code: string, overrides: Record<string, unknown> = {}) {
  return resourceBody(code, {
    subjectKind: 'enterprise',
    openData: true,
    sharingType: 'unconditional',
    method: 'bulk',
    fields: [
      { key: 'enterpriseName', name: { zh: '企业名称', en: 'Enterprise name' }, type: 'string', element: 'enterprise.name', personal: false, sensitive: false, rules: { required: true } },
      { key: 'capital', name: { zh: '注册资本', en: 'Capital' }, type: 'number', personal: false, sensitive: false },
      { key: 'note', name: { zh: '备注', en: 'Note' }, type: 'string', personal: false, sensitive: false },
    ],
    ...overrides,
  });
}

export async function publish(session: Session, body: unknown) {
  const res = await session.request('POST', '/api/v1/exchange/resources', body);
  if (res.statusCode !== 201) throw new Error(`publish failed ${res.statusCode} ${res.body}`);
  return res.json<{ code: string; grade: string; version: number }>();
}

/** A multipart/form-data body with one file part named "file". */
export function multipart(fileName: string, bytes: Buffer, contentType = 'application/octet-stream'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----yiwang${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads an import and polls it until it is no longer running; answers the final status. */
export async function importAndWait(session: Session, code: string, fileName: string, bytes: Buffer) {
  const body = multipart(fileName, bytes);
  const started = await session.request('POST', `/api/v1/exchange/resources/${code}/imports`, body.payload, body.headers);
  if (started.statusCode !== 202) throw new Error(`import failed ${started.statusCode} ${started.body}`);
  const { id } = started.json<{ id: string }>();
  const seen: number[] = [];
  for (let i = 0; i < 400; i++) {
    const res = await session.request('GET', `/api/v1/exchange/imports/${id}`);
    const status = res.json<{ status: string; processedRows: number; totalRows: number; acceptedRows: number; errors: { row: number; field?: string; rule: string; message: { zh: string; en: string } }[] }>();
    seen.push(status.processedRows);
    if (status.status !== 'running') return { id, status, seen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}
