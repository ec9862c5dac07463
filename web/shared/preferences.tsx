// Elderly mode (适老化: larger text and controls) and language, remembered in localStorage for both apps.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './i18n';

const ELDERLY_KEY = 'yw.elderly';
export const ELDERLY_CLASS = 'yw-elderly';

interface Preferences {
  language: Language;
  setLanguage: (language: Language) => void;
  isElderly: boolean;
  setElderly: (isElderly: boolean) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

function readElderly(): boolean {
  try {
    return localStorage.getItem(ELDERLY_KEY) === '1';
  } catch {
    return false;
  }
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n: reactI18n } = useTranslation();
  const [isElderly, setIsElderly] = useState(readElderly);
  const language = currentLanguage();

  useEffect(() => {
    document.documentElement.classList.toggle(ELDERLY_CLASS, isElderly);
  }, [isElderly]);

  const setElderly = useCallback((value: boolean) => {
    setIsElderly(value);
    try {
      localStorage.setItem(ELDERLY_KEY, value ? '1' : '0');
    } catch {
      // Storage disabled: the mode applies until the page is left.
    }
  }, []);

  const setLanguage = useCallback(
    (next: Language) => {
      void reactI18n.changeLanguage(next);
    },
    [reactI18n],
  );

  const value = useMemo(
    () => ({ language, setLanguage, isElderly, setElderly }),
    [language, setLanguage, isElderly, setElderly],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (value === null) throw new Error('usePreferences must be used inside PreferencesProvider');
  return value;
}

