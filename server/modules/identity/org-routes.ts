import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assignStaffRole } from './assign-staff-role';
import { listDepartments } from './list-departments';
import { listRegions } from './list-regions';
import { DepartmentView, ErrorBody, RegionView } from './schemas';
import { STAFF_ROLES } from './tables';

export const orgRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['organisation'];
  app.get(
    '/regions',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'Regions (GB/T 2260), whole tree or the subtree under root',
        querystring: Type.Object({ root: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })) }),
        response: { 200: Type.Object({ items: Type.Array(RegionView) }), 404: ErrorBody },
      },
    },
    async (request) => ({ items: await listRegions(request.useCaseContext().db, request.query.root) }),
  );

  app.get(
    '/departments',
    { config: { policy: { signedIn: true, kinds: ['staff'] } }, schema: { tags, summary: 'Departments in your region scope', response: { 200: Type.Object({ items: Type.Array(DepartmentView) }) } } },
    async (request) => ({ items: await listDepartments(request.useCaseContext()) }),
  );

  app.post(
    '/staff/:id/roles',
    {
      config: { policy: { signedIn: true, kinds: ['staff'], anyRole: ['system_admin'] } },
      schema: {
        tags,
        summary: 'Give a staff member a role in a department (admin roles are mutually exclusive)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ departmentCode: Type.String({ maxLength: 40 }), role: Type.Enum(STAFF_ROLES) }),
        response: { 204: Type.Null(), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const ctx = request.useCaseContext();
      await ctx.db.transaction(async (tx) => assignStaffRole(ctx, tx, { userId: request.params.id, ...request.body }));
      return reply.status(204).send(null);
    },
  );
};
