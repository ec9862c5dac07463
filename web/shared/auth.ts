// Calls of the sign-in flow, shared by the portal and the console.
import { api } from './api';
import type { LoginAnswer, LoginStatus } from './types';

export async function login(identifier: string, password: string): Promise<LoginStatus> {
  const answer = await api.post<LoginAnswer>('/auth/login', { identifier, password });
  return answer.status;
}

export async function verifyTotp(code: string): Promise<LoginStatus> {
  const answer = await api.post<LoginAnswer>('/auth/totp', { code });
  return answer.status;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return api.post<TotpEnrolment>('/auth/totp/enrolment');
}

export function confirmTotpEnrolment(code: string): Promise<{ status: LoginStatus; recoveryCodes: string[] }> {
  return api.post('/auth/totp/enrolment/confirm', { code });
}

/** Only same-site paths are followed after login, so a crafted link cannot send the user elsewhere. */
export function safeNextPath(value: string | null, fallback: string): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}
