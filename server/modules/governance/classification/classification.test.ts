import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptJobDefinition, JobDefinition } from '../../../platform/jobs/job-queue';
import { outboxEvents } from '../../../platform/jobs/tables';
import { systemContext } from '../../../platform/context';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { classifierModels, incidents } from '../tables';
import { classifyText, forgetCachedModel } from './classify';
import { NaiveBayesModel, trainNaiveBayes, type NaiveBayesParameters } from './naive-bayes';
import { relayOutbox } from '../../../platform/jobs/outbox';
import { done, seedIncident } from '../incidents/lifecycle-test-support';
import { INCIDENT_TRANSITIONED } from '../incidents/record-transition';
import { classificationRuntime, CLOSE_SEEN_JOB, hourlyRetrain, RETRAIN_JOB } from './runtime';
import { isHeldOut, trainClassifier } from './train-classifier';
import { incidentTokens } from './tokens';

/** The floor for held-out accuracy on the seeded history (templates with shared wording and 5 % label noise). */
const FLOOR = 0.8;

let t: TestApp;
let dispatcher: Session;
let handler: Session;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp();
  [dispatcher, handler, citizen] = await Promise.all([signIn(t.app, 'dispatcher.city'), signIn(t.app, 'handler.hudong'), signIn(t.app, '13900000002')]);
});
afterAll(async () => t.close());

const activeRow = async () => (await t.database.db.select().from(classifierModels).where(eq(classifierModels.active, true)))[0];

describe('tokens', () => {
  it('segments, lower-cases and drops stopwords, punctuation and bare numbers', () => {
    const tokens = incidentTokens('幸福路和平小区门口有人占道摆摊卖水果，影响通行！3号楼 KTV 的');
    expect(tokens).toEqual(expect.arrayContaining(['摆摊', '水果', '通行', '小区', 'ktv', '号楼']));
    expect(tokens).not.toContain('的');
    expect(tokens).not.toContain('3');
    expect(tokens.some((x) => /[，！\s]/.test(x))).toBe(false);
  });
});

describe('naive Bayes', () => {
  it('learns telling words and is deterministic', () => {
    const docs = [
      { tokens: ['井盖', '丢失'], label: 'a' },
      { tokens: ['井盖', '松动'], label: 'a' },
      { tokens: ['噪音', '装修'], label: 'b' },
      { tokens: ['噪音', '吵闹'], label: 'b' },
    ];
    const p = trainNaiveBayes(docs, 1);
    expect(trainNaiveBayes([...docs].reverse(), 1)).toEqual(p);
    const m = new NaiveBayesModel(p);
    expect(m.predict(['井盖'])?.label).toBe('a');
    expect(m.predict(['噪音'])?.label).toBe('b');
    expect(m.predict(['噪音'])!.confidence).toBeGreaterThan(0.5);
    // Nothing known: the priors (equal) decide, with confidence 1/2.
    expect(m.predict(['未知'])!.confidence).toBeCloseTo(0.5);
  });
});

describe('the seeded model', () => {
  it(`has held-out accuracy at least ${FLOOR}, recomputed here from the stored parameters`, async () => {
    const model = (await activeRow())!;
    const nb = new NaiveBayesModel(model.parameters as unknown as NaiveBayesParameters);
    const rows = await t.database.db
      .select({ id: incidents.id, description: incidents.description, categoryCode: incidents.categoryCode })
      .from(incidents)
      .where(and(isNotNull(incidents.categoryCode), ne(incidents.channel, 'sensor'), inArray(incidents.status, ['dispatched', 'accepted', 'in_progress', 'handled', 'verified', 'closed'])));
    const held = rows.filter((r) => isHeldOut(r.id));
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    const right = held.filter((r) => nb.predict(incidentTokens(r.description))?.label === r.categoryCode).length;
    const accuracy = right / held.length;
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR);
    expect(accuracy).toBeLessThan(1);
    expect(model.testCount).toBe(held.length);
    expect(model.accuracy).toBeCloseTo(accuracy, 4);
  });

  it.each([
    ['幸福路和平小区门口有人占道摆摊卖水果，影响通行', 'appearance.street_vending'],
    ['人民路上有个井盖不见了，晚上很危险', 'roads.manhole'],
    ['小区电梯又坏了，把人困在里面', 'housing.elevator'],
    ['在超市买的面包发霉了', 'market.food_safety'],
    ['包工头拖欠我们三个月工资', 'social.wages'],
    ['楼上邻居半夜拖椅子吵闹，影响休息', 'noise.residential'],
  ])('classifies 「%s」 as %s', async (text, code) => {
    expect((await classifyText(t.database.db, text))?.categoryCode).toBe(code);
  });
});

describe('training', () => {
  it('is deterministic, and the retrain job inserts and activates a model once per event', async () => {
    const before = (await activeRow())!;
    const jobs = classificationRuntime.jobs!(t.services, t.jobs);
    const retrain = jobs.find((j) => j.name === RETRAIN_JOB) as JobDefinition<Record<string, unknown>>;
    await t.jobs.runOnce(retrain, { trigger: 'test' }, 'retrain:test:1');
    await t.jobs.runOnce(retrain, { trigger: 'test' }, 'retrain:test:1');
    const all = await t.database.db.select().from(classifierModels);
    expect(all).toHaveLength(2);
    const after = (await activeRow())!;
    expect(after.id).not.toBe(before.id);
    expect(after.parameters).toEqual(before.parameters);
    expect(after.accuracy).toBe(before.accuracy);
    expect(all.filter((m) => m.active)).toHaveLength(1);
  });

  it('keeps the active model when the new one is worse by more than 0.05', async () => {
    const current = (await activeRow())!;
    await t.database.db.update(classifierModels).set({ accuracy: 0.999 }).where(eq(classifierModels.id, current.id));
    const outcome = await t.database.db.transaction(async (tx) => trainClassifier(tx, systemContext({ ...t.services, db: tx }, 'test'), 'test'));
    expect(outcome).toMatchObject({ trained: true, active: false });
    expect(outcome.note).toMatch(/active model stays/);
    expect((await activeRow())!.id).toBe(current.id);
    await t.database.db.update(classifierModels).set({ accuracy: current.accuracy }).where(eq(classifierModels.id, current.id));
  });
});

describe('routes', () => {
  it('suggests a category and department to staff and citizens; bad input is refused', async () => {
    const res = await citizen.request('POST', '/api/v1/governance/classify', { text: '望江路有人占道摆摊卖水果，影响通行' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ category: { code: string; name: { zh: string } }; department: { name: { zh: string } } | null; confidence: number }>();
    expect(body.category.code).toBe('appearance.street_vending');
    expect(body.confidence).toBeGreaterThan(0.5);
    expect(body.department?.name.zh).toMatch(/明湖市/);
    const there = await dispatcher.request('POST', '/api/v1/governance/classify', { text: '望江路有人占道摆摊卖水果，影响通行', lat: 30.2075, lng: 120.105 });
    expect(there.statusCode, there.body).toBe(200);
    expect(there.json<{ department: { name: { zh: string } } | null }>().department?.name.zh).toMatch(/湖东区|东湖/);
    expect((await citizen.request('POST', '/api/v1/governance/classify', { text: '短' })).statusCode).toBe(400);
    const half = await citizen.request('POST', '/api/v1/governance/classify', { text: '井盖丢失了', lat: 30.2 });
    expect(half.statusCode).toBe(400);
    expect(half.json<{ error: { code: string; details: { field: string; rule: string }[] } }>().error.details[0]).toMatchObject({ field: 'lng', rule: 'together' });
  });

  it('reports the model to staff only, and queues a retrain for dispatchers', async () => {
    const res = await handler.request('GET', '/api/v1/governance/classifier');
    expect(res.statusCode, res.body).toBe(200);
    const status = res.json<{ active: { accuracy: number; categories: { code: string }[] }; trainings: unknown[] }>();
    expect(status.active.accuracy).toBeGreaterThanOrEqual(FLOOR);
    expect(status.active.categories.length).toBe(26);
    expect(status.trainings.length).toBe(3);
    expect((await citizen.request('GET', '/api/v1/governance/classifier')).statusCode).toBe(403);
    expect((await handler.request('POST', '/api/v1/governance/classifier/retrain')).statusCode).toBe(403);
    expect((await dispatcher.request('POST', '/api/v1/governance/classifier/retrain')).statusCode).toBe(202);
    const events = await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, 'governance.retrain_requested'));
    expect(events).toHaveLength(1);
  });

  it('answers 503 governance.no_model when no model is active', async () => {
    await t.database.db.update(classifierModels).set({ active: false });
    forgetCachedModel();
    const res = await citizen.request('POST', '/api/v1/governance/classify', { text: '井盖丢失了很危险' });
    expect(res.statusCode).toBe(503);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('governance.no_model');
  });
});

describe('retraining on closes', () => {
  interface Queued {
    id: string;
    data: Record<string, unknown>;
    start_after: Date | string;
  }
  const queued = async (name: string): Promise<Queued[]> =>
    (await t.database.executeSql('SELECT id, data, start_after FROM pgboss.job WHERE name = $1 ORDER BY created_on, id', [name])).rows as unknown as Queued[];

  it('a closed incident makes the hour’s retrain due (after the hour, once per hour); other moves ask for none', async () => {
    const jobs = classificationRuntime.jobs!(t.services, t.jobs);
    for (const job of jobs) t.jobs.define(job);
    await t.jobs.start({ work: false });
    expect(classificationRuntime.subscriptions![INCIDENT_TRANSITIONED]).toMatchObject([{ job: CLOSE_SEEN_JOB }]);
    const closeSeen = jobs.find((j) => j.name === CLOSE_SEEN_JOB) as AttemptJobDefinition<Record<string, unknown>>;
    const retrain = jobs.find((j) => j.name === RETRAIN_JOB) as JobDefinition<Record<string, unknown>>;

    const startedAt = new Date();
    const [one, two, open, parent] = await Promise.all([seedIncident(t), seedIncident(t), seedIncident(t), seedIncident(t)]);
    await done(dispatcher, one, 'close', { note: '无效诉求' });
    await done(dispatcher, two, 'close', { note: '重复反映' });
    await done(dispatcher, open, 'link', { parentId: parent.id });
    while ((await relayOutbox(t.jobs, classificationRuntime.subscriptions!)) > 0);

    const ours = new Set([one.id, two.id, open.id]);
    const seen = (await queued(CLOSE_SEEN_JOB)).filter((j) => ours.has(String(j.data.incidentId)));
    // The link keeps `open` registered: the relay sends the job for the two closes only.
    expect(seen.map((j) => [j.data.incidentId, j.data.to]).sort()).toEqual(
      [
        [one.id, 'closed'],
        [two.id, 'closed'],
      ].sort(),
    );
    const before = (await queued(RETRAIN_JOB)).length;
    for (const job of seen) await closeSeen.run(t.database.db, job.data, { jobId: job.id });
    // Delivered anyway (a relay of an older release), a move that is not a close still asks for nothing.
    await closeSeen.run(t.database.db, { incidentId: open.id, action: 'link', to: 'registered' }, { jobId: 'link' });
    const asked = (await queued(RETRAIN_JOB)).slice(before);
    const finishedAt = new Date();
    // Two closes: two asks, under the hour's event id, not before the hour is over.
    expect(asked).toHaveLength(2);
    const hours = new Map([startedAt, finishedAt].map((at) => [hourlyRetrain(at).eventId, hourlyRetrain(at).startAfter]));
    for (const job of asked) {
      expect(job.data).toMatchObject({ trigger: 'incidents closed' });
      const startAfter = hours.get(String(job.data.eventId));
      expect(startAfter, String(job.data.eventId)).toBeDefined();
      expect(new Date(job.start_after).getTime()).toBe(startAfter!.getTime());
    }

    // Worked as pg-boss would, the asks of one hour train one model.
    const models = (await t.database.db.select().from(classifierModels)).length;
    for (const job of asked) await t.jobs.runOnce(retrain, job.data, String(job.data.eventId));
    const eventIds = new Set(asked.map((j) => String(j.data.eventId)));
    expect((await t.database.db.select().from(classifierModels)).length).toBe(models + eventIds.size);
  });
});
