import type { FastifyReply, FastifyRequest } from 'fastify';
import type { NewSession } from './sessions';

export const SESSION_COOKIE = 'yw_sid';
export const CSRF_COOKIE = 'yw_csrf';

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

/** HttpOnly SameSite session cookie plus a readable CSRF cookie the web client echoes in `x-csrf-token`. */
export function setSessionCookies(reply: FastifyReply, session: NewSession, secure: boolean): void {
  const base = { path: '/', sameSite: 'lax' as const, secure };
  void reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
