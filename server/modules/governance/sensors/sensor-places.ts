import type { Executor } from '../../../db/client';
import { regionLineage } from '../../identity/org-lookups';
import { locatePoint } from '../places/locate';
import type { sensorRules, sensors } from '../tables';

// Which threshold rules apply to a sensor: its kind, and a place that is everywhere (null) or contains the sensor
// (its grid, community, street, district or city).

export type SensorRow = typeof sensors.$inferSelect;
export type SensorRuleRow = typeof sensorRules.$inferSelect;

/** Every place code that contains the sensor's point, smallest first. */
export async function placesOf(exec: Executor, sensor: SensorRow): Promise<string[]> {
  const place = await locatePoint(exec, { lat: sensor.lat, lng: sensor.lng });
  const lineage = (await regionLineage(exec, place.districtCode)) ?? [place.districtCode];
  return [place.gridCode, place.communityCode, place.streetCode, ...lineage.reverse()].filter((c): c is string => Boolean(c));
}

export function rulesFor(rules: readonly SensorRuleRow[], sensor: SensorRow, metric: string, places: readonly string[]): SensorRuleRow[] {
  return rules.filter((r) => r.kind === sensor.kind && r.metric === metric && (r.placeCode === null || places.includes(r.placeCode)));
}
