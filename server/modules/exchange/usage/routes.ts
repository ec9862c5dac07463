import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../../identity/schemas';
import { decideUsageReport } from './decide-usage-report';
import { exportMyDataUsage } from './export-my-data-usage';
import { listMyDataUsage } from './list-my-data-usage';
import { listUsageReports } from './list-usage-reports';
import { reportDataUsage } from './report-data-usage';
import { DecideInput, ExportQuery, ReportCreated, ReportInput, ReportsPage, ReportsQuery, UsagePage, UsageQuery, UsageReport } from './schemas';

const subject = { policy: { signedIn: true, kinds: ['citizen', 'enterprise'] } } as const;
const auditAdmin = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['audit_admin'] } } as const;
const Refused = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Data exchange: who used my data (谁用了我的数据), its export, reports of wrong use and their review. */
export const usageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['data usage'];

  app.get(
    '/me/data-usage',
    { config: subject, schema: { tags, summary: 'Every lookup, verification, e-licence use and unmask that touched me (or my enterprise), newest first', querystring: UsageQuery, response: { 200: UsagePage, ...Refused } } },
    async (request) => listMyDataUsage(request.useCaseContext(), request.query),
  );

  app.get(
    '/me/data-usage/export',
    { config: subject, schema: { tags, summary: 'The same, as CSV (UTF-8 with BOM) or JSON', querystring: ExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const file = await exportMyDataUsage(request.useCaseContext(), filter, format);
      return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.body);
    },
  );

  app.post(
    '/me/data-usage/:recordId/reports',
    {
      config: subject,
      schema: { tags, summary: 'Report a use I think was wrong (a review case for the audit admin; once per record)', params: Type.Object({ recordId: Type.Integer({ minimum: 1 }) }), body: ReportInput, response: { 201: ReportCreated, ...Refused } },
    },
    async (request, reply) => reply.status(201).send(await reportDataUsage(request.useCaseContext(), request.params.recordId, request.body.reason)),
  );

  app.get(
    '/exchange/usage-reports',
    { config: auditAdmin, schema: { tags, summary: 'Reports of wrong use, newest first (audit admin)', querystring: ReportsQuery, response: { 200: ReportsPage, ...Refused } } },
    async (request) => listUsageReports(request.useCaseContext(), request.query),
  );

  app.post(
    '/exchange/usage-reports/:id/decide',
    {
      config: auditAdmin,
      schema: { tags, summary: 'Uphold or dismiss a report, with the decision; the reporter is told', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), body: DecideInput, response: { 200: UsageReport, ...Refused } },
    },
    async (request) => decideUsageReport(request.useCaseContext(), request.params.id, request.body),
  );
};
