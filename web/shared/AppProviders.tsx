// Ant Design theme and locale for both apps; the theme grows in elderly mode (适老化).
import { App as AntApp, ConfigProvider, theme, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { PreferencesProvider, usePreferences } from './preferences';
import { SessionProvider } from './session';
import './global.css';

const CJK_FIRST =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// In English, Latin fonts come first: a CJK font draws quotes and apostrophes full-width ("people’s").
const LATIN_FIRST =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

// #0958d9 on white is 6.2:1; antd's default #1677ff fails WCAG AA for small text.
const PRIMARY = '#0958d9';

const baseToken: ThemeConfig['token'] = {
  colorPrimary: PRIMARY,
  colorLink: PRIMARY,
  // antd lightens hovered primary buttons (white on #2e7ae6 is 4.2:1); darken instead so hover stays readable.
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
  // The default error red (#ff4d4f) is 3.3:1 on white: too pale for field error messages.
  colorError: '#cf1322',
  colorErrorText: '#cf1322',
  // antd's tertiary text (45 % black) is below 4.5:1 on white; use 62 %.
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  // Select and Cascader draw their placeholder as text, which axe measures: 25 % black is 1.8:1.
  colorTextPlaceholder: '#6b6b6b',
  borderRadius: 6,
  fontFamily: CJK_FIRST,
};

const elderlyToken: ThemeConfig['token'] = {
  fontSize: 20,
  fontSizeSM: 18,
  fontSizeLG: 22,
  fontSizeHeading1: 40,
  fontSizeHeading2: 34,
  fontSizeHeading3: 28,
  fontSizeHeading4: 24,
  fontSizeHeading5: 22,
  lineHeight: 1.7,
  controlHeight: 48,
  controlHeightSM: 36,
  controlHeightLG: 56,
  padding: 20,
  paddingLG: 28,
  margin: 20,
};

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeToMotionPreference(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Follows the system setting "reduce motion", which antd's animations do not do on their own. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeToMotionPreference, () => window.matchMedia(REDUCED_MOTION).matches);
}

function ThemedApp({ children }: { children: ReactNode }) {
  const { language, isElderly } = usePreferences();
  const isMotionReduced = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language]);
  const themeConfig: ThemeConfig = {
    algorithm: theme.defaultAlgorithm,
    token: { ...baseToken, ...(isElderly ? elderlyToken : {}), fontFamily: language === 'en' ? LATIN_FIRST : CJK_FIRST, motion: !isMotionReduced },
  };
  return (
    <ConfigProvider
      theme={themeConfig}
      locale={language === 'zh-CN' ? zhCN : enUS}
      button={{ autoInsertSpace: false }}
      componentSize={isElderly ? 'large' : 'middle'}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Preferences, session, theme and locale: everything both apps put around their routes. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <PreferencesProvider>
      <SessionProvider>
        <ThemedApp>{children}</ThemedApp>
      </SessionProvider>
    </PreferencesProvider>
  );
}
