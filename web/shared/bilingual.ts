// Names the server sends in both languages ({zh, en}, or a Chinese name with an optional English one), shown in
// the UI language; English falls back to Chinese where no English name exists.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from './types';

export interface Bilingual {
  zh: string;
  en: string | null;
}

export function isEnglish(language: string): boolean {
  return language.startsWith('en');
}

export function pickText(text: Bilingual, language: string): string {
  return isEnglish(language) && text.en !== null && text.en !== '' ? text.en : text.zh;
}

/** A function that picks the UI language's side of a bilingual text. */
export function useBilingual(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((text: Bilingual) => pickText(text, language), [language]);
}

export function departmentName(department: Pick<Department, 'name' | 'nameEn'>, language: string): string {
  return pickText({ zh: department.name, en: department.nameEn ?? null }, language);
}

export function departmentRegionName(department: Pick<Department, 'regionName' | 'regionNameEn'>, language: string): string {
  return pickText({ zh: department.regionName, en: department.regionNameEn ?? null }, language);
}
