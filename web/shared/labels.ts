// Translations of codes the server sends (roles, kinds, levels, catalogue vocabularies); an unknown code is shown
// as it is, so a new code never breaks a page.
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
export const itemTypeLabel = (t: TFunction, type: string) => translated(t, 'catalog.itemTypes', type);
export const themeLabel = (t: TFunction, theme: string) => translated(t, 'catalog.themes', theme);
export const channelLabel = (t: TFunction, channel: string) => translated(t, 'catalog.channels', channel);
export const sourceLabel = (t: TFunction, source: string) => translated(t, 'catalog.sources', source);
export const variantLabel = (t: TFunction, variant: string) => translated(t, 'catalog.variants', variant);
export const audienceLabel = (t: TFunction, audience: string) => translated(t, 'catalog.audiences', audience);
export const stepKindLabel = (t: TFunction, kind: string) => translated(t, 'catalog.stepKinds', kind);
export const trustLevelLabel = (t: TFunction, level: string) => translated(t, 'catalog.trustLevels', level);
export const fieldKindLabel = (t: TFunction, kind: string) => translated(t, 'catalog.fieldKinds', kind);
