import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../identity/schemas';
import { listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read';

const Nullable = Type.Union([Type.String(), Type.Null()]);

const NotificationItem = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  bodyZh: Nullable,
  bodyEn: Nullable,
  link: Nullable,
  createdAt: Type.String(),
  readAt: Nullable,
});

const Unread = Type.Object({ unreadCount: Type.Integer() });
const anyoneSignedIn = { signedIn: true } as const;

/** The inbox every signed-in user has (citizens, enterprises and staff alike): only their own notices. */
export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications'];
  app.get(
    '/notifications',
    {
      config: { policy: anyoneSignedIn },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: Type.Object({
          cursor: Type.Optional(Type.String({ format: 'uuid' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: {
          200: Type.Object({ items: Type.Array(NotificationItem), nextCursor: Type.Union([Type.String(), Type.Null()]), unreadCount: Type.Integer() }),
          401: ErrorBody,
        },
      },
    },
    async (request) => listNotifications(request.useCaseContext(), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { policy: anyoneSignedIn },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Unread, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => markNotificationRead(request.useCaseContext(), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { policy: anyoneSignedIn },
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: Type.Object({ unreadCount: Type.Integer(), marked: Type.Integer() }), 401: ErrorBody },
      },
    },
    async (request) => markAllNotificationsRead(request.useCaseContext()),
  );
};
