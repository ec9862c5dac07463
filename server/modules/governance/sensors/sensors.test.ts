import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../exchange/api-key-format';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { DEMO_OPEN311_KEY, DEMO_SENSOR_KEY } from '../../../seed/demo-governance';
import { intakeClients, sensors } from '../tables';

// Sensor readings through the API with the demo sensor platform's key: the key checks, then episodes — opened
// once over many (and concurrent) high readings, closed when back to normal, a new one after that.

let t: TestApp;
let revokedKey: string;
let otherKey: string;

interface Result {
  index: number;
  sensorCode: string;
  outcome: string;
  incidentId: string | null;
}

function post(body: unknown, key: string | null = DEMO_SENSOR_KEY) {
  return t.app.inject({ method: 'POST', url: '/api/v1/governance/sensor-readings', payload: body as object, headers: key === null ? {} : { authorization: `Bearer ${key}` } });
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 2, minute)).toISOString();
const reading = (sensorCode: string, value: number, minute = 0, metric = 'pm25') => ({ sensorCode, metric, value, measuredAt: at(minute) });

async function send(readings: unknown[]): Promise<Result[]> {
  const response = await post({ readings });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<{ results: Result[] }>().results;
}

async function episodes(sensorCode: string) {
  const { rows } = await t.database.executeSql('SELECT incident_id, closed_at, peak, readings FROM sensor_episodes WHERE sensor_code = $1 ORDER BY opened_at, incident_id', [sensorCode]);
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  const revoked = generateApiKey();
  const other = generateApiKey();
  revokedKey = revoked.key;
  otherKey = other.key;
  const [, second] = await t.database.db
    .insert(intakeClients)
    .values([
      { name: 'revoked feed', keyPrefix: revoked.prefix, secretHash: revoked.hash, scopes: ['sensors'], revokedAt: new Date() },
      { name: 'another feed', keyPrefix: other.prefix, secretHash: other.hash, scopes: ['sensors'] },
    ])
    .returning();
  await t.database.db.insert(sensors).values({ code: 'AQ-OTHER-01', kind: 'air_quality', name: { zh: '他方监测点', en: 'Another station' }, lat: 30.2, lng: 120.2, intakeClientId: second!.id });
});
afterAll(async () => {
  await t?.close();
});

describe('intake keys', () => {
  it('401 without a key, with a malformed, unknown or revoked one — before the body is even looked at', async () => {
    for (const key of [null, 'not-a-key', `${DEMO_SENSOR_KEY.slice(0, -1)}X`, revokedKey]) {
      const response = await post({ nonsense: true }, key);
      expect(response.statusCode, String(key)).toBe(401);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('governance.unauthenticated');
    }
    const basic = await t.app.inject({ method: 'POST', url: '/api/v1/governance/sensor-readings', payload: {}, headers: { authorization: 'Basic abc' } });
    expect(basic.statusCode).toBe(401);
  });

  it('403 for a key without the sensors scope (the Open311 app)', async () => {
    const response = await post({ readings: [reading('AQ-339902-01', 10)] }, DEMO_OPEN311_KEY);
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('governance.scope_denied');
  });

  it('bad bodies are refused naming the field; a sensor of another client is 422 naming its index, and nothing is stored', async () => {
    expect((await post({ readings: [] })).statusCode).toBe(400);
    expect((await post({ readings: [{ sensorCode: 'AQ-339902-01', metric: 'pm25', value: 'high', measuredAt: at(0) }] })).statusCode).toBe(400);
    const before = await t.database.executeSql('SELECT count(*) AS n FROM sensor_readings');
    const response = await post({ readings: [reading('AQ-339902-01', 10), reading('AQ-OTHER-01', 10), reading('NO-SUCH', 10)] });
    expect(response.statusCode).toBe(422);
    const { code, details: fields } = response.json<{ error: { code: string; details: { field: string; rule: string }[] } }>().error;
    expect(code).toBe('governance.sensor_not_found');
    expect(fields).toEqual([
      expect.objectContaining({ field: 'readings/1/sensorCode', rule: 'sensor_of_client' }),
      expect.objectContaining({ field: 'readings/2/sensorCode', rule: 'sensor_of_client' }),
    ]);
    const after = await t.database.executeSql('SELECT count(*) AS n FROM sensor_readings');
    expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n));
    // The other client's own key may report for its own sensor.
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/governance/sensor-readings', payload: { readings: [reading('AQ-OTHER-01', 10)] }, headers: { authorization: `Bearer ${otherKey}` } });
    expect(own.statusCode).toBe(202);
  });
});

describe('episodes', () => {
  it('opens one incident over many high readings, keeps the peak and count, closes it when back to normal, and a new episode opens a new incident', async () => {
    const first = await send([reading('AQ-339902-01', 100, 0), reading('AQ-339902-01', 180, 1), reading('AQ-339902-01', 200, 2)]);
    expect(first.map((r) => r.outcome)).toEqual(['none', 'opened', 'updated']);
    const incidentId = first[1]!.incidentId!;
    expect(first[2]!.incidentId).toBe(incidentId);
    const more = await send([reading('AQ-339902-01', 160, 3), reading('AQ-339902-01', 120, 4)]);
    expect(more.map((r) => r.outcome)).toEqual(['updated', 'none']);
    expect(await episodes('AQ-339902-01')).toEqual([expect.objectContaining({ incident_id: incidentId, closed_at: null, peak: 200, readings: 3 })]);

    const { rows } = await t.database.executeSql('SELECT channel, category_code, description, intake_client_id, lat, lng FROM incidents WHERE id = $1', [incidentId]);
    expect(rows[0]).toMatchObject({ channel: 'sensor', category_code: 'environment.air' });
    expect(String(rows[0]!.description)).toContain('空气质量监测点AQ-339902-01 PM2.5 达到 180，超过阈值 150');
    expect(rows[0]!.intake_client_id).not.toBeNull();

    const closed = await send([reading('AQ-339902-01', 60, 5), reading('AQ-339902-01', 50, 6)]);
    expect(closed.map((r) => r.outcome)).toEqual(['closed', 'none']);
    const incident = await t.database.executeSql('SELECT status FROM incidents WHERE id = $1', [incidentId]);
    expect(incident.rows[0]!.status).toBe('closed');
    const note = await t.database.executeSql("SELECT note, actor_id FROM incident_events WHERE incident_id = $1 AND action = 'close'", [incidentId]);
    expect(note.rows).toEqual([{ note: 'readings back to normal', actor_id: null }]);

    const again = await send([reading('AQ-339902-01', 190, 7)]);
    expect(again[0]!.outcome).toBe('opened');
    expect(again[0]!.incidentId).not.toBe(incidentId);
    expect((await episodes('AQ-339902-01')).map((e) => e.closed_at === null)).toEqual([false, true]);
  });

  it('concurrent high readings open exactly one episode and one incident', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => send([reading('AQ-339903-01', 170 + i, 10 + i)])));
    const outcomes = answers.map((a) => a[0]!.outcome);
    expect(outcomes.filter((o) => o === 'opened')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'updated')).toHaveLength(5);
    expect(new Set(answers.map((a) => a[0]!.incidentId)).size).toBe(1);
    const open = await episodes('AQ-339903-01');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ readings: 6, peak: 175 });
    const count = await t.database.executeSql("SELECT count(*) AS n FROM incidents WHERE channel = 'sensor' AND description LIKE '%AQ-339903-01%'");
    expect(Number(count.rows[0]!.n)).toBe(1);
  });

  it('a reading of a metric no rule watches is stored and changes nothing', async () => {
    expect((await send([reading('NS-339902-01', 99, 20, 'humidity')]))[0]!.outcome).toBe('none');
    expect((await send([reading('NS-339902-01', 75, 21, 'db')]))[0]!.outcome).toBe('opened');
  });
});
