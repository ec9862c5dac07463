// Translations of codes the server sends (roles, kinds, levels); an unknown code is shown as it is.
import type { TFunction } from 'i18next';

function translated(t: TFunction, group: string, code: string): string {
  const key = `${group}.${code}`;
  const text = t(key, { defaultValue: code });
  return typeof text === 'string' ? text : code;
}

export const roleLabel = (t: TFunction, role: string) => translated(t, 'roles', role);
export const levelLabel = (t: TFunction, level: string) => translated(t, 'levels', level);
export const departmentKindLabel = (t: TFunction, kind: string) => translated(t, 'departmentKinds', kind);
export const kindLabel = (t: TFunction, kind: string) => translated(t, 'kinds', kind);

/** Roles that may ask for an unmasked identifier (the server checks again and audits it). */
export const UNMASK_ROLES = ['window_clerk', 'reviewer', 'approver', 'security_admin'] as const;

export function canUnmask(roles: readonly string[]): boolean {
  return roles.some((role) => (UNMASK_ROLES as readonly string[]).includes(role));
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
