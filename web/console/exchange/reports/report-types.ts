// Shapes of the reports of wrong use: the server's own types (type-only imports).
export type { UsageReportView as UsageReport } from '../../../../server/modules/exchange/usage/list-usage-reports';
