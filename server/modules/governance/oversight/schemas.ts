import { Type, type Static } from 'typebox';
import { DEADLINE_STATES, INCIDENT_STATUSES, URGENCIES } from '../model';
import { Coded, Nullable, Text2 } from '../incidents/schemas';

// HTTP shapes of oversight: hotspots, 未诉先办 suggestions and the console map's open incidents.

export const DistrictQuery = Type.Object({ district: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }, { additionalProperties: false });

export const Hotspot = Type.Object({
  id: Type.String(),
  gridCode: Type.String(),
  grid: Coded,
  category: Coded,
  departmentKind: Nullable(Type.String()),
  district: Coded,
  /** The grid's centre and a radius that covers it, for a circle on the map. */
  lat: Type.Number(),
  lng: Type.Number(),
  radiusMeters: Type.Number(),
  /** Incidents in the last 30 days, and in the 30 days before. */
  count: Type.Integer(),
  previousCount: Type.Integer(),
  rising: Type.Boolean(),
});
export const HotspotList = Type.Object({ items: Type.Array(Hotspot) });

export const ProactiveSuggestion = Type.Object({
  id: Type.String(),
  title: Text2,
  category: Coded,
  district: Coded,
  grid: Coded,
  departmentKind: Nullable(Type.String()),
  count: Type.Integer(),
  previousCount: Type.Integer(),
  rising: Type.Boolean(),
});
export const ProactiveSuggestionList = Type.Object({ items: Type.Array(ProactiveSuggestion) });

export const MapIncidentsQuery = Type.Object({ bbox: Type.Optional(Type.String({ maxLength: 100 })), status: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export const MapIncident = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: Type.Enum([...INCIDENT_STATUSES]),
  category: Nullable(Coded),
  lat: Type.Number(),
  lng: Type.Number(),
  urgency: Type.Enum([...URGENCIES]),
  deadlineState: Type.Enum([...DEADLINE_STATES]),
});
export const MapIncidentList = Type.Object({ items: Type.Array(MapIncident) });

export type HotspotView = Static<typeof Hotspot>;
export type ProactiveSuggestionView = Static<typeof ProactiveSuggestion>;
export type MapIncidentListView = Static<typeof MapIncidentList>;
