import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../platform/jobs/tables';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { notifications } from '../../notifications/tables';
import { incidents } from '../tables';
import { act, citizenId, detailOf, done, expectMove, grantRole, HUXI_PLACE, lastJournal, seedIncident, type FieldRefusal, type Refusal } from './lifecycle-test-support';
import { notifyIncidentReporter } from './notify-reporter';
import { INCIDENT_TRANSITIONED } from './record-transition';

// Duplicates by hand (link, unlink) and resolution together: a duplicate closes with its parent and its own
// reporter is told.

let t: TestApp;
let dispatcher: Session;
let grid: Session;
/** clerk.huxi, made a 湖西区 dispatcher here. */
let huxi: Session;
let aliceId: string;
let bobId: string;

beforeAll(async () => {
  t = await createTestApp();
  await grantRole(t, 'clerk.huxi', 'D339903-URBAN', 'dispatcher');
  [dispatcher, grid, huxi] = await Promise.all([signIn(t.app, 'dispatcher.city'), signIn(t.app, 'grid.donghu'), signIn(t.app, 'clerk.huxi')]);
  [aliceId, bobId] = await Promise.all([citizenId(t, '13900000002'), citizenId(t, '13900000003')]);
});
afterAll(async () => t.close());

const inQueue = async (number: string) =>
  (await dispatcher.request('GET', `/api/v1/governance/incidents?view=queue&q=${encodeURIComponent(number)}`)).json<{ items: unknown[] }>().items.length;

describe('link and unlink by hand', () => {
  it('marks a duplicate of an open original (out of the queue) and takes the mark away again', async () => {
    const parent = await seedIncident(t, { reporterUserId: aliceId });
    const child = await seedIncident(t, { reporterUserId: bobId });
    expect(await inQueue(child.number)).toBe(1);
    const before = await detailOf(dispatcher, child.id);
    const linked = await done(dispatcher, before, 'link', { parentId: parent.id });
    const j = await expectMove(t, before, linked, 'link', 'registered');
    expect(j.event).toMatchObject({ public: false });
    expect(j.event!.details).toEqual({ parentId: parent.id, parentNumber: parent.number });
    expect(linked.duplicateOf?.id).toBe(parent.id);
    expect(linked.allowedActions).toContain('unlink');
    expect(linked.allowedActions).not.toContain('dispatch');
    expect((await detailOf(dispatcher, parent.id)).duplicates.map((d) => d.id)).toEqual([child.id]);
    expect(await inQueue(child.number)).toBe(0);

    const unlinked = await done(dispatcher, linked, 'unlink');
    const j2 = await expectMove(t, linked, unlinked, 'unlink', 'registered');
    expect(j2.event!.details).toEqual({ parentId: parent.id });
    expect(unlinked.duplicateOf).toBeNull();
    expect((await detailOf(dispatcher, parent.id)).duplicates).toEqual([]);
    expect(await inQueue(child.number)).toBe(1);
  });

  it('refuses itself, a closed parent, a duplicate as parent and an incident that has duplicates of its own', async () => {
    const row = await seedIncident(t, { reporterUserId: aliceId });
    const closed = await seedIncident(t, { status: 'closed' });
    const original = await seedIncident(t, {});
    const dup = await seedIncident(t, { duplicateOf: original.id });
    for (const parentId of [row.id, closed.id, dup.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await act(dispatcher, row, 'link', { parentId });
      expect(res.statusCode, parentId).toBe(400);
      expect(res.json<FieldRefusal>().error.details).toEqual([expect.objectContaining({ field: 'parentId', rule: 'open_original' })]);
    }
    const hasChildren = await act(dispatcher, original, 'link', { parentId: row.id });
    expect(hasChildren.statusCode).toBe(409);
    expect(hasChildren.json<Refusal>().error.details).toMatchObject({ action: 'link', reason: 'has_duplicates' });
    const [unchanged] = await t.database.db.select().from(incidents).where(eq(incidents.id, row.id));
    expect(unchanged).toMatchObject({ version: row.version, duplicateOf: null });
  });
  it('a district dispatcher links only to an original in their own region (another region’s is not even named)', async () => {
    const mine = await seedIncident(t, { ...HUXI_PLACE, reporterUserId: bobId });
    const elsewhere = await seedIncident(t, { reporterUserId: aliceId });
    const refused = await act(huxi, mine, 'link', { parentId: elsewhere.id });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json<FieldRefusal>().error.details).toEqual([expect.objectContaining({ field: 'parentId', rule: 'open_original' })]);
    expect((await detailOf(dispatcher, elsewhere.id)).duplicates).toEqual([]);
    const nearby = await seedIncident(t, { ...HUXI_PLACE, reporterUserId: aliceId });
    expect((await done(huxi, mine, 'link', { parentId: nearby.id })).duplicateOf?.id).toBe(nearby.id);
  });
});

describe('resolved together', () => {
  it('a passed check closes the open duplicates, and each duplicate’s reporter is told', async () => {
    const parent = await seedIncident(t, { reporterUserId: aliceId, status: 'handled', lead: 'D339902-URBAN', handledAt: new Date() });
    const child = await seedIncident(t, { reporterUserId: bobId });
    await done(dispatcher, await detailOf(dispatcher, child.id), 'link', { parentId: parent.id });
    const alreadyClosed = await seedIncident(t, { reporterUserId: bobId, status: 'closed', duplicateOf: parent.id });

    const before = await detailOf(grid, parent.id);
    const verified = await done(grid, before, 'verify', { passed: true, note: '现场已恢复' });
    await expectMove(t, before, verified, 'verify', 'verified');

    const closedChild = await detailOf(dispatcher, child.id);
    expect(closedChild.status).toBe('closed');
    const j = await lastJournal(t, child.id);
    expect(j.event).toMatchObject({ action: 'close', fromStatus: 'registered', toStatus: 'closed', public: true });
    expect(j.event!.details).toMatchObject({ parentId: parent.id, resolvedAs: 'verified' });
    expect(j.outbox).toMatchObject({ action: 'close', to: 'closed', duplicateOf: parent.id, reporterUserId: bobId });
    const [other] = await t.database.db.select().from(incidents).where(eq(incidents.id, alreadyClosed.id));
    expect(other!.version).toBe(alreadyClosed.version);

    // The reporter's notice job, run on the events of the child the way the relay delivers them.
    const events = (await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, INCIDENT_TRANSITIONED)).orderBy(asc(outboxEvents.id))).filter(
      (e) => (e.payload as { incidentId?: string }).incidentId === child.id,
    );
    expect(events.length).toBeGreaterThanOrEqual(2);
    const job = notifyIncidentReporter(t.services.cipher);
    for (const e of events) {
      await t.jobs.runOnce(job, { ...e.payload, eventId: `outbox:${e.id}` }, `outbox:${e.id}`);
      await t.jobs.runOnce(job, { ...e.payload, eventId: `outbox:${e.id}` }, `outbox:${e.id}`);
    }
    const told = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, bobId), eq(notifications.link, `/me/incidents/${child.id}`)));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: 'governance.incident_closed', titleZh: `您反映的问题已随同类事件一并办结（${child.number}）` });
  });

  it('closing the parent closes its duplicates too; a rejected check closes nothing', async () => {
    const parent = await seedIncident(t, { reporterUserId: aliceId, status: 'handled', lead: 'D339902-URBAN', handledAt: new Date() });
    const child = await seedIncident(t, { reporterUserId: bobId, duplicateOf: parent.id });
    const rejected = await done(grid, await detailOf(grid, parent.id), 'verify', { passed: false });
    expect(rejected.status).toBe('in_progress');
    expect((await detailOf(dispatcher, child.id)).status).toBe('registered');
    await done(dispatcher, rejected, 'close', { note: '已由其他渠道解决' });
    expect((await detailOf(dispatcher, child.id)).status).toBe('closed');
  });
});
