import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { purgeAbandonedDrafts } from './drafts';
import { count, errorCode, FOOD, foodApplication, foodForm, upload } from './test-support';

// Drafts save as the applicant types (encrypted, their own only, If-Match optional), never show up as cases, and are
// purged with unattached uploads once untouched for the retention period; submitting from a draft removes it.

let t: TestApp;
let citizen: Session;
let other: Session;
let clerk: Session;

beforeAll(async () => {
  t = await createTestApp();
  [citizen, other, clerk] = [await signIn(t.app, '13900000007'), await signIn(t.app, '13900000008'), await signIn(t.app, 'clerk.hudong')];
});
afterAll(async () => t.close());

interface Saved {
  id: string;
  version: number;
  updatedAt: string;
}
const draftBody = (form: Record<string, unknown> = { operatorName: '湖东小吃店' }, materials: unknown[] = []) => ({ ...FOOD, form, materials });

async function save(session: Session, body = draftBody()): Promise<Saved> {
  const res = await session.request('POST', '/api/v1/applications/drafts', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Saved>();
}

const put = (session: Session, id: string, body: unknown, ifMatch?: string) => session.request('PUT', `/api/v1/applications/drafts/${id}`, body, ifMatch ? { 'if-match': ifMatch } : {});
const ids = async (session: Session) => (await session.request('GET', '/api/v1/applications/drafts')).json<{ items: { id: string }[] }>().items.map((d) => d.id);
const exists = async (table: string, id: string) => (await count(t.database, `SELECT count(*) FROM ${table} WHERE id = $1`, [id])) === 1;

describe('drafts', () => {
  it('are saved, listed, read back, updated with If-Match (stale → 412) and deleted', async () => {
    const file = await upload(citizen);
    const saved = await save(citizen, draftBody({ operatorName: '湖东小吃店', floorArea: 30 }, [{ key: 'layout_plan', provision: 'upload', fileId: file }]));
    expect(saved.version).toBe(1);
    const list = await citizen.request('GET', '/api/v1/applications/drafts');
    expect(list.json<{ items: unknown[] }>().items).toContainEqual(expect.objectContaining({ id: saved.id, implementation: 'XK-AMR-0005', lifeEvent: null, region: FOOD.region, title: { zh: '食品经营许可', en: 'Food business licence' }, version: 1 }));
    const read = await citizen.request('GET', `/api/v1/applications/drafts/${saved.id}`);
    expect(read.json()).toMatchObject({ form: { operatorName: '湖东小吃店', floorArea: 30 }, materials: [{ key: 'layout_plan', provision: 'upload', fileId: file }] });
    // The form is stored encrypted, like a submitted one.
    const { rows } = await t.database.executeSql('SELECT form_enc FROM applications WHERE id = $1', [saved.id]);
    expect(String(rows[0]!.form_enc)).not.toContain('湖东小吃店');

    const updated = await put(citizen, saved.id, draftBody({ operatorName: '湖东小吃店', floorArea: 45 }), '"1"');
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<Saved>().version).toBe(2);
    const stale = await put(citizen, saved.id, draftBody({ floorArea: 1 }), '"1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'request.precondition_failed', details: { currentVersion: 2 } } });
    // Without If-Match the last save wins (autosave).
    expect((await put(citizen, saved.id, draftBody({ floorArea: 50 }))).json<Saved>().version).toBe(3);
    expect((await citizen.request('GET', `/api/v1/applications/drafts/${saved.id}`)).json()).toMatchObject({ form: { floorArea: 50 }, version: 3 });

    expect((await citizen.request('DELETE', `/api/v1/applications/drafts/${saved.id}`)).statusCode).toBe(204);
    expect((await citizen.request('GET', `/api/v1/applications/drafts/${saved.id}`)).statusCode).toBe(404);
    expect((await citizen.request('DELETE', `/api/v1/applications/drafts/${saved.id}`)).statusCode).toBe(404);
    expect(await ids(citizen)).not.toContain(saved.id);
  });

  it('belong to their applicant only, and are never cases', async () => {
    const saved = await save(citizen);
    for (const res of [
      await other.request('GET', `/api/v1/applications/drafts/${saved.id}`),
      await put(other, saved.id, draftBody({ operatorName: '冒名' })),
      await other.request('DELETE', `/api/v1/applications/drafts/${saved.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(errorCode(res)).toBe('applications.draft_not_found');
    }
    expect(await ids(other)).not.toContain(saved.id);
    expect((await citizen.request('GET', `/api/v1/applications/drafts/${saved.id}`)).json()).toMatchObject({ form: { operatorName: '湖东小吃店' }, version: 1 });
    expect((await clerk.request('GET', '/api/v1/applications/drafts')).statusCode).toBe(403);
    expect((await clerk.request('POST', '/api/v1/applications/drafts', draftBody())).statusCode).toBe(403);

    // Not in my applications, not a case to look at or act on, not in any inbox.
    const mine = await citizen.request('GET', '/api/v1/applications');
    expect(mine.json<{ items: { id: string }[] }>().items.map((c) => c.id)).not.toContain(saved.id);
    expect((await citizen.request('GET', `/api/v1/applications/${saved.id}`)).statusCode).toBe(404);
    expect((await citizen.request('POST', `/api/v1/applications/${saved.id}/actions/withdraw`, {}, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await clerk.request('GET', `/api/v1/applications/${saved.id}`)).statusCode).toBe(404);
    expect((await clerk.request('GET', '/api/v1/applications?limit=100')).json<{ items: { id: string }[] }>().items.map((c) => c.id)).not.toContain(saved.id);
  });

  it('need a target, but not a complete form', async () => {
    const none = await citizen.request('POST', '/api/v1/applications/drafts', { region: FOOD.region, form: {}, materials: [] });
    expect(none.statusCode).toBe(400);
    expect(errorCode(none)).toBe('applications.target_required');
    expect((await save(citizen, draftBody({}))).version).toBe(1);
    const life = await save(citizen, { region: '339902001001', lifeEvent: 'newborn', form: {}, materials: [] } as unknown as ReturnType<typeof draftBody>);
    expect((await citizen.request('GET', `/api/v1/applications/drafts/${life.id}`)).json()).toMatchObject({ lifeEvent: 'newborn', implementation: null });
  });

  it('submitting with draftId removes the draft in the same transaction; another applicant cannot remove mine that way', async () => {
    const body = await foodApplication(citizen, 'citizen');
    const saved = await save(citizen, draftBody(body.form, body.materials));
    const foreign = await save(other);
    const res = await citizen.request('POST', '/api/v1/applications', { ...body, draftId: saved.id }, { 'idempotency-key': 'from-draft' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await exists('applications', saved.id)).toBe(false);
    expect(await ids(citizen)).not.toContain(saved.id);

    const body2 = await foodApplication(citizen, 'citizen');
    expect((await citizen.request('POST', '/api/v1/applications', { ...body2, draftId: foreign.id })).statusCode).toBe(201);
    expect(await ids(other)).toContain(foreign.id);

    // A refused submission keeps the draft.
    const kept = await save(citizen, draftBody(body2.form));
    const refused = await citizen.request('POST', '/api/v1/applications', { ...body2, form: foodForm('citizen', { floorArea: 0 }), draftId: kept.id });
    expect(refused.statusCode).toBe(400);
    expect(await exists('applications', kept.id)).toBe(true);
  });
});

describe('purging abandoned drafts', () => {
  it('removes drafts and unattached uploads older than the period, keeps recent ones and files of cases', async () => {
    // A citizen whose only draft is abandoned: the draft and their unattached old uploads go.
    const leaver = await signIn(t.app, '13900000009');
    const oldDraft = await save(leaver);
    // Someone with a draft still in use keeps even old uploads: that draft may refer to them.
    const recentDraft = await save(other);
    const [oldFile, recentFile, keptFile] = [await upload(leaver), await upload(citizen), await upload(other)];
    const body = await foodApplication(citizen, 'citizen');
    expect((await citizen.request('POST', '/api/v1/applications', body)).statusCode).toBe(201);
    const attached = body.materials.find((m) => m.key === 'layout_plan')!.fileId!;

    const days = t.config.applications.draftRetentionDays;
    await t.database.executeSql(`UPDATE applications SET updated_at = now() - interval '${days + 1} days' WHERE id = $1`, [oldDraft.id]);
    await t.database.executeSql(`UPDATE applications SET updated_at = now() - interval '${days - 1} days' WHERE id = $1`, [recentDraft.id]);
    await t.database.executeSql(`UPDATE stored_files SET created_at = now() - interval '${days + 1} days' WHERE id = ANY($1::uuid[])`, [[oldFile, attached, keptFile]]);
    const keyOf = async (id: string) => String((await t.database.executeSql('SELECT storage_key FROM stored_files WHERE id = $1', [id])).rows[0]!.storage_key);
    const [oldKey, attachedKey] = [await keyOf(oldFile), await keyOf(attached)];
    const audits = () => count(t.database, "SELECT count(*) FROM audit_records WHERE action = 'applications.drafts_purged'");
    const auditsBefore = await audits();

    const purged = await purgeAbandonedDrafts(systemContext(t.services, 'test-purge'), t.services.storage, days);
    expect(purged).toEqual({ drafts: 1, files: 1 });
    expect(await exists('applications', oldDraft.id)).toBe(false);
    expect(await exists('applications', recentDraft.id)).toBe(true);
    expect(await exists('stored_files', oldFile)).toBe(false);
    await expect(t.services.storage.get(oldKey)).rejects.toThrow();
    expect(await exists('stored_files', recentFile)).toBe(true);
    expect(await exists('stored_files', keptFile)).toBe(true);
    expect(await exists('stored_files', attached)).toBe(true);
    expect((await t.services.storage.get(attachedKey)).length).toBeGreaterThan(0);
    expect(await audits()).toBe(auditsBefore + 1);

    // Nothing left to purge: no second audit record.
    expect(await purgeAbandonedDrafts(systemContext(t.services, 'test-purge'), t.services.storage, days)).toEqual({ drafts: 0, files: 0 });
    expect(await audits()).toBe(auditsBefore + 1);
  });
});
