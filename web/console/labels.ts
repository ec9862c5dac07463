// Console-only helpers: which menus a role sees, who may unmask, and date formatting. Code labels live in
// shared/labels.ts. The server checks every permission again; these only decide what the console offers.

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

/** The standard catalogue (事项目录) is edited by the system admin only. */
export function canEditCatalogue(roles: readonly string[]): boolean {
  return roles.includes('system_admin');
}

/** Local implementation lists (实施清单): department admins within their regions, system admins anywhere. */
export function canEditImplementations(roles: readonly string[]): boolean {
  return roles.includes('system_admin') || roles.includes('department_admin');
}
