import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { act, count, ENTERPRISE, errorCode, FOOD, foodApplication, foodForm, PNG, problems, submitFood, totals, upload } from './test-support';

// Bad input to the applications API: every problem named by field, nothing written, uploads checked by content.

let t: TestApp;
let ent: Session;
let citizen: Session;
let clerk: Session;

beforeAll(async () => {
  t = await createTestApp();
  [ent, citizen, clerk] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, '13900000005'), await signIn(t.app, 'clerk.hudong')];
});
afterAll(async () => t.close());

const cases = () => count(t.database, "SELECT count(*) FROM applications WHERE status <> 'draft'");
const submit = (session: Session, body: unknown, key?: string) => session.request('POST', '/api/v1/applications', body, key ? { 'idempotency-key': key } : {});

describe('actions', () => {
  it('an unknown action or a malformed id → 400, before anything is looked up', async () => {
    const id = await submitFood(ent);
    const unknown = await clerk.request('POST', `/api/v1/applications/${id}/actions/approve-all`, {}, { 'if-match': '"1"' });
    expect(unknown.statusCode).toBe(400);
    expect(problems(unknown)).toContain('action:enum');
    const badId = await clerk.request('POST', '/api/v1/applications/not-a-uuid/actions/accept', {}, { 'if-match': '"1"' });
    expect(badId.statusCode).toBe(400);
    expect(problems(badId)).toContain('id:format');
    expect((await clerk.request('GET', '/api/v1/applications/12345')).statusCode).toBe(400);
    // Unknown body fields are refused too, every one named.
    const extra = await act(clerk, id, 'accept', { decision: 'approved', priority: 1 });
    expect(extra.statusCode).toBe(400);
    expect(errorCode(extra)).toBe('validation.failed');
    expect((await clerk.request('GET', '/api/v1/applications/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('submitting', () => {
  it('a form missing required fields → 400 naming each form.<field>; nothing is created', async () => {
    const body = await foodApplication(ent, 'enterprise');
    const { safetyManager: _s, floorArea: _f, ...form } = foodForm('enterprise');
    const before = { cases: await cases(), ...(await totals(t.database)) };
    const res = await submit(ent, { ...body, form: { ...form, businessItems: [] } });
    expect(res.statusCode).toBe(400);
    expect(problems(res).sort()).toEqual(['form.businessItems:minItems', 'form.floorArea:required', 'form.safetyManager:required']);
    // A fetched identity fact cannot be overwritten; an unknown field is refused.
    const typed = await submit(ent, { ...body, form: { ...foodForm('enterprise'), operatorName: '别的公司', nickname: 'x' } });
    expect(typed.statusCode).toBe(400);
    expect(problems(typed)).toEqual(['form.nickname:additionalProperties']);
    expect({ cases: await cases(), ...(await totals(t.database)) }).toEqual(before);
    // The files of a refused submission stay unattached (the applicant can use them again).
    expect((await submit(ent, body)).statusCode).toBe(201);
  });

  it('a required material not provided → 400 materials.<key> required; a licence not held → not_held', async () => {
    const missing = await foodApplication(ent, 'enterprise', ['layout_plan', 'safety_rules']);
    const res = await submit(ent, missing);
    expect(res.statusCode).toBe(400);
    expect(problems(res).sort()).toEqual(['materials.layout_plan:required', 'materials.safety_rules:required']);

    // A citizen holds no business licence: asking to fetch it fails by field, and so does a PNG where only PDF is taken.
    const body = await foodApplication(citizen, 'citizen');
    const fetched = await submit(citizen, { ...body, materials: body.materials.map((m) => (m.key === 'business_licence' ? { key: m.key, provision: 'fetched' } : m)) });
    expect(problems(fetched)).toEqual(['materials.business_licence:not_held']);
    const png = await upload(citizen);
    const wrongFormat = await submit(citizen, { ...body, materials: body.materials.map((m) => (m.key === 'business_licence' ? { ...m, fileId: png } : m)) });
    expect(problems(wrongFormat)).toEqual(['materials.business_licence:file_format']);
    const notAsked = await submit(citizen, { ...body, materials: [...body.materials, { key: 'tax_clearance', provision: 'commitment' }] });
    expect(problems(notAsked)).toEqual(['materials.tax_clearance:not_asked']);
    // Somebody else's file is as good as unknown.
    const foreign = await upload(ent);
    const stolen = await submit(citizen, { ...body, materials: body.materials.map((m) => (m.key === 'layout_plan' ? { ...m, fileId: foreign } : m)) });
    expect(problems(stolen)).toEqual(['materials.layout_plan:file_unknown']);
    expect((await submit(citizen, body)).statusCode).toBe(201);
    // A file already attached to a case cannot be attached again.
    const reused = await submit(citizen, body);
    expect(reused.statusCode).toBe(400);
    expect(problems(reused)).toContain('materials.application_form:file_unknown');
  });

  it('exactly one of item and life event; a region without the item → 422', async () => {
    const body = await foodApplication(ent, 'enterprise');
    const neither = await submit(ent, { region: FOOD.region, form: body.form, materials: body.materials });
    expect(neither.statusCode).toBe(400);
    expect(errorCode(neither)).toBe('applications.target_required');
    expect((await submit(ent, { ...body, lifeEvent: 'newborn' })).statusCode).toBe(400);
    // 湖东's own implementation does not serve 湖西 (an implementation serves its region's subtree only).
    const { rows } = await t.database.executeSql("SELECT id FROM implementations WHERE item_code = 'XK-AMR-0005' AND region_code = '339902'");
    const elsewhere = await submit(ent, { ...body, implementation: String(rows[0]!.id), region: '339903001001' });
    expect(elsewhere.statusCode, elsewhere.body).toBe(422);
    expect(errorCode(elsewhere)).toBe('applications.not_offered');
    expect((await submit(ent, { ...body, region: '33990' })).statusCode).toBe(400);
    expect((await clerk.request('POST', '/api/v1/applications', body)).statusCode).toBe(403);
  });
});

describe('uploads', () => {
  const post = (session: Session, bytes: Buffer, type: string) => session.request('POST', '/api/v1/applications/uploads', bytes, { 'content-type': type, 'x-file-name': 'x' });

  it('decides the type by content: text claiming to be a PDF or PNG → 415 storage.file_type', async () => {
    const before = await count(t.database, 'SELECT count(*) FROM stored_files');
    for (const type of ['application/pdf', 'image/png', 'application/octet-stream']) {
      const res = await post(ent, Buffer.from('这不是图片，只是一段文字。\n'), type);
      expect(res.statusCode, type).toBe(415);
      expect(errorCode(res)).toBe('storage.file_type');
    }
    expect(errorCode(await post(ent, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/png'))).toBe('storage.file_type');
    expect((await post(ent, Buffer.alloc(0), 'application/pdf')).statusCode).toBe(415);
    const declared = await post(ent, Buffer.from('plain'), 'text/plain');
    expect(declared.statusCode).toBe(415);
    expect(await count(t.database, 'SELECT count(*) FROM stored_files')).toBe(before);
    // A PNG sent as octet-stream is still a PNG.
    const png = await post(ent, PNG, 'application/octet-stream');
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ mediaType: 'image/png', sizeBytes: PNG.length });
  });

  it('a file over the limit → 413, and nothing is stored', async () => {
    const before = await count(t.database, 'SELECT count(*) FROM stored_files');
    const big = Buffer.concat([PNG, Buffer.alloc(t.config.applications.maxUploadBytes)]);
    const res = await post(ent, big, 'image/png');
    expect(res.statusCode).toBe(413);
    expect(await count(t.database, 'SELECT count(*) FROM stored_files')).toBe(before);
    expect((await post(ent, PNG, 'image/png')).statusCode).toBe(201);
  });

  it('uploads are for applicants only; a file is readable by its owner, not by another citizen', async () => {
    expect((await post(clerk, PNG, 'image/png')).statusCode).toBe(403);
    const id = await upload(ent);
    const own = await ent.request('GET', `/api/v1/applications/files/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.rawPayload.equals(PNG)).toBe(true);
    expect((await citizen.request('GET', `/api/v1/applications/files/${id}`)).statusCode).toBe(404);
  });
});
