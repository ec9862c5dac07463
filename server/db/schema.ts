// Every drizzle table, for drizzle-kit and the typed client. Each module owns its tables.ts.
export * from '../platform/audit/tables';
export * from '../platform/jobs/tables';
export * from '../modules/identity/tables';
export * from '../modules/notifications/tables';
export * from '../modules/catalog/tables';
export * from '../platform/calendar/tables';
export * from '../platform/storage/tables';
export * from '../platform/http/tables';
export * from '../modules/applications/tables';
export * from '../modules/licences/tables';
export * from '../modules/exchange/tables';
export * from '../modules/governance/tables';
