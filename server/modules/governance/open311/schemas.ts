import { Type } from 'typebox';

// GeoReport v2 shapes (http://wiki.open311.org/GeoReport_v2), JSON flavour: field names exactly as the spec's.
// Response schemas are enforced, so a field not declared here can never reach a client.

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Open311Errors = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }));
const Refused = { 400: Open311Errors, 403: Open311Errors, 404: Open311Errors };

export const JurisdictionQuery = Type.Object({
  jurisdiction_id: Type.Optional(Type.String({ maxLength: 200 })),
  /** Service names in English (`en`) or Chinese (default); Accept-Language works too. */
  locale: Type.Optional(Type.String({ maxLength: 20 })),
});

export const Discovery = Type.Object({
  changeset: Type.String(),
  contact: Type.String(),
  key_service: Type.String(),
  endpoints: Type.Array(
    Type.Object({
      specification: Type.String(),
      url: Type.String(),
      changeset: Type.String(),
      type: Type.Union([Type.Literal('production'), Type.Literal('test')]),
      formats: Type.Array(Type.String()),
    }),
  ),
});

export const Service = Type.Object({
  service_code: Type.String(),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean(),
  type: Type.Literal('realtime'),
  keywords: Type.String(),
  group: Type.String(),
});

export const DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

export const ServiceAttribute = Type.Object({
  variable: Type.Boolean(),
  code: Type.String(),
  datatype: Type.Enum([...DATATYPES]),
  required: Type.Boolean(),
  datatype_description: Nullable(Type.String()),
  order: Type.Integer({ minimum: 1 }),
  description: Type.String(),
  values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
});

export const ServiceDefinition = Type.Object({ service_code: Type.String(), attributes: Type.Array(ServiceAttribute) });

export const RequestCreated = Type.Array(
  Type.Object({ service_request_id: Type.String(), service_notice: Nullable(Type.String()), account_id: Nullable(Type.String()) }),
);

export const ServiceRequest = Type.Object({
  service_request_id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  status_notes: Nullable(Type.String()),
  service_name: Nullable(Type.String()),
  service_code: Nullable(Type.String()),
  description: Nullable(Type.String()),
  agency_responsible: Nullable(Type.String()),
  service_notice: Nullable(Type.String()),
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Nullable(Type.String()),
  address: Nullable(Type.String()),
  address_id: Nullable(Type.String()),
  zipcode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  long: Nullable(Type.Number()),
  media_url: Nullable(Type.String()),
});
export const ServiceRequests = Type.Array(ServiceRequest);

export const RequestsQuery = Type.Object({
  jurisdiction_id: Type.Optional(Type.String({ maxLength: 200 })),
  locale: Type.Optional(Type.String({ maxLength: 20 })),
  /** Comma-separated; overrides every other filter. */
  service_request_id: Type.Optional(Type.String({ maxLength: 4000 })),
  /** Comma-separated. */
  service_code: Type.Optional(Type.String({ maxLength: 1000 })),
  /** W3C datetimes (e.g. 2026-11-01T00:00:00+08:00); the range defaults to the last 90 days and may not span more. */
  start_date: Type.Optional(Type.String({ maxLength: 40 })),
  end_date: Type.Optional(Type.String({ maxLength: 40 })),
  /** `open`, `closed`, or both comma-separated. */
  status: Type.Optional(Type.String({ maxLength: 20 })),
});

export const responses = { Refused };
