import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { violatedConstraint } from '../../../platform/errors/constraints';
import { AppError, ProblemList, type FieldProblem } from '../../../platform/errors/app-error';
import { recordIncidentTransition } from '../incidents/record-transition';
import { registerIncident } from '../incidents/register-incident';
import { OPEN_STATUSES } from '../model';
import { incidents, sensorEpisodes, sensorReadings, sensorRules, sensors } from '../tables';
import type { IntakeClientRow } from './intake-client';
import { placesOf, rulesFor, type SensorRow, type SensorRuleRow } from './sensor-places';
import { sensorIncidentText } from './sensor-text';

// Sensor readings: each is stored, and against each threshold rule that applies it may open an episode (one
// incident, however many high readings follow), raise its peak, or end it when the value is back to normal (the
// incident is closed if nobody did yet). One transaction per reading; the partial unique index on open episodes
// makes a concurrent second opening fail, and the reading is then retried as an update of the episode that won.

export interface Reading {
  sensorCode: string;
  metric: string;
  value: number;
  measuredAt: string;
}

export type ReadingOutcome = 'opened' | 'updated' | 'closed' | 'none';

export interface ReadingResult {
  index: number;
  sensorCode: string;
  outcome: ReadingOutcome;
  incidentId: string | null;
}

const OPEN_EPISODE_KEY = 'sensor_episodes__one_open__key';
const RANK: Record<ReadingOutcome, number> = { none: 0, updated: 1, closed: 2, opened: 3 };

async function ownedSensors(ctx: UseCaseContext, client: IntakeClientRow, readings: readonly Reading[]): Promise<Map<string, SensorRow>> {
  const codes = [...new Set(readings.map((r) => r.sensorCode))];
  const rows = await ctx.db.select().from(sensors).where(inArray(sensors.code, codes));
  const owned = new Map(rows.filter((s) => s.intakeClientId === client.id).map((s) => [s.code, s]));
  const foreign: FieldProblem[] = [];
  readings.forEach((r, i) => {
    if (!owned.has(r.sensorCode)) foreign.push({ field: `readings/${i}/sensorCode`, rule: 'sensor_of_client', message: `No sensor ${r.sensorCode} reports through this key` });
  });
  // 422 with the same field list a validation error carries: the shape was right, the sensors are not this client's.
  if (foreign.length > 0) throw new AppError('governance.sensor_not_found', { details: foreign });
  const problems = new ProblemList();
  readings.forEach((r, i) => {
    if (Number.isNaN(Date.parse(r.measuredAt))) problems.add(`readings/${i}/measuredAt`, 'format', 'An ISO 8601 date-time with its zone');
  });
  problems.throwIfAny();
  return owned;
}

async function applyRule(tx: Tx, ctx: UseCaseContext, client: IntakeClientRow, sensor: SensorRow, rule: SensorRuleRow, reading: Reading): Promise<{ outcome: ReadingOutcome; incidentId: string | null }> {
  const [open] = await tx
    .select()
    .from(sensorEpisodes)
    .where(and(eq(sensorEpisodes.sensorCode, sensor.code), eq(sensorEpisodes.ruleId, rule.id), isNull(sensorEpisodes.closedAt)))
    .for('update');
  const measuredAt = new Date(reading.measuredAt);
  if (reading.value > rule.openAbove) {
    if (open) {
      await tx
        .update(sensorEpisodes)
        .set({ peak: Math.max(open.peak, reading.value), readings: open.readings + 1 })
        .where(eq(sensorEpisodes.id, open.id));
      return { outcome: 'updated', incidentId: open.incidentId };
    }
    const incident = await registerIncident(tx, ctx, {
      channel: 'sensor',
      requestType: 'report',
      description: sensorIncidentText(sensor, reading.metric, reading.value, rule.openAbove),
      categoryCode: rule.categoryCode,
      urgency: rule.urgency,
      point: { lat: sensor.lat, lng: sensor.lng },
      intakeClientId: client.id,
    });
    await tx.insert(sensorEpisodes).values({ sensorCode: sensor.code, ruleId: rule.id, incidentId: incident.id, openedAt: measuredAt, peak: reading.value });
    return { outcome: 'opened', incidentId: incident.id };
  }
  if (reading.value < rule.closeBelow && open) {
    await tx.update(sensorEpisodes).set({ closedAt: measuredAt }).where(eq(sensorEpisodes.id, open.id));
    const [incident] = await tx.select().from(incidents).where(eq(incidents.id, open.incidentId)).for('update');
    if (incident && OPEN_STATUSES.includes(incident.status)) {
      const system: UseCaseContext = { ...ctx, db: tx, actor: null, origin: 'sensor-intake' };
      await recordIncidentTransition(tx, system, incident, { action: 'close', to: 'closed', changes: { closedAt: new Date() }, note: 'readings back to normal', details: { sensorCode: sensor.code, value: reading.value, closeBelow: rule.closeBelow } });
    }
    return { outcome: 'closed', incidentId: open.incidentId };
  }
  return { outcome: 'none', incidentId: open?.incidentId ?? null };
}

async function ingestOne(ctx: UseCaseContext, client: IntakeClientRow, sensor: SensorRow, rules: SensorRuleRow[], reading: Reading, index: number): Promise<ReadingResult> {
  return ctx.db.transaction(async (tx) => {
    await tx.insert(sensorReadings).values({ sensorCode: sensor.code, metric: reading.metric, value: reading.value, measuredAt: new Date(reading.measuredAt) });
    let best: ReadingResult = { index, sensorCode: sensor.code, outcome: 'none', incidentId: null };
    for (const rule of rules) {
      const r = await applyRule(tx, { ...ctx, db: tx }, client, sensor, rule, reading);
      if (RANK[r.outcome] > RANK[best.outcome]) best = { ...best, ...r };
    }
    return best;
  });
}

/** Stores the readings and applies the threshold rules, in order; each reading's outcome, by index. */
export async function ingestReadings(ctx: UseCaseContext, client: IntakeClientRow, readings: readonly Reading[]): Promise<ReadingResult[]> {
  const owned = await ownedSensors(ctx, client, readings);
  const allRules = await ctx.db.select().from(sensorRules);
  const places = new Map<string, string[]>();
  const results: ReadingResult[] = [];
  for (const [index, reading] of readings.entries()) {
    const sensor = owned.get(reading.sensorCode)!;
    if (!places.has(sensor.code)) places.set(sensor.code, await placesOf(ctx.db, sensor));
    const rules = rulesFor(allRules, sensor, reading.metric, places.get(sensor.code)!);
    try {
      results.push(await ingestOne(ctx, client, sensor, rules, reading, index));
    } catch (error) {
      // Another request opened the episode first: everything of this reading was rolled back; now it updates.
      if (violatedConstraint(error) !== OPEN_EPISODE_KEY) throw error;
      results.push(await ingestOne(ctx, client, sensor, rules, reading, index));
    }
  }
  return results;
}
