import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error';
import { completeSecondFactor } from './complete-second-factor';
import { confirmTotpEnrolment, startTotpEnrolment } from './enrol-totp';
import { getMe } from './get-me';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { ErrorBody, LoginStatus, MeView } from './schemas';
import { clearSessionCookies, sessionToken, setSessionCookies } from './session-cookies';
import { deleteSession, type SessionPolicy } from './sessions';

export interface AuthRouteOptions {
  sessionPolicy: SessionPolicy;
  secureCookies: boolean;
}

function pendingToken(token: string | undefined): string {
  if (!token) throw new AppError('auth.unauthenticated');
  return token;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, opts) => {
  const tags = ['auth'];
  app.post(
    '/auth/login',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'Sign in with a username, mobile number or credit code and a password',
        body: Type.Object({ identifier: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 128 }) }),
        response: { 200: Type.Object({ status: LoginStatus }), 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const result = await logIn(request.useCaseContext(), request.body, opts.sessionPolicy);
      // A new session id at every login; the previous one (if any) is dropped.
      const previous = sessionToken(request);
      if (previous) await deleteSession(request.useCaseContext().db, previous);
      setSessionCookies(reply, result.session, opts.secureCookies);
      return { status: result.status };
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { policy: { pending: true } },
      schema: { tags, summary: 'Second factor: a TOTP code or a recovery code', body: Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) }), response: { 200: Type.Object({ status: LoginStatus }), 401: ErrorBody } },
    },
    async (request, reply) => {
      const session = await completeSecondFactor(request.useCaseContext(), { pendingToken: pendingToken(sessionToken(request)), code: request.body.code }, opts.sessionPolicy);
      setSessionCookies(reply, session, opts.secureCookies);
      return { status: 'signed_in' as const };
    },
  );

  app.post(
    '/auth/totp/enrolment',
    {
      config: { policy: { pending: true } },
      schema: { tags, summary: 'Start TOTP enrolment (staff without a second factor yet)', response: { 200: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }), 409: ErrorBody } },
    },
    async (request) => startTotpEnrolment(request.useCaseContext()),
  );

  app.post(
    '/auth/totp/enrolment/confirm',
    {
      config: { policy: { pending: true } },
      schema: {
        tags,
        summary: 'Confirm TOTP enrolment with a first code; returns recovery codes once',
        body: Type.Object({ code: Type.String({ minLength: 6, maxLength: 6 }) }),
        response: { 200: Type.Object({ status: LoginStatus, recoveryCodes: Type.Array(Type.String()) }), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const result = await confirmTotpEnrolment(request.useCaseContext(), { pendingToken: pendingToken(sessionToken(request)), code: request.body.code }, opts.sessionPolicy);
      setSessionCookies(reply, result.session, opts.secureCookies);
      return { status: 'signed_in' as const, recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/auth/logout',
    { config: { policy: { public: true } }, schema: { tags, summary: 'Sign out (the session ends on the server)', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await logOut(request.useCaseContext(), token);
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { policy: { signedIn: true } }, schema: { tags, summary: 'The signed-in user, roles and scope', response: { 200: MeView, 401: ErrorBody } } },
    async (request) => getMe(request.useCaseContext()),
  );
};
