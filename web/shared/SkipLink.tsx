import { useTranslation } from 'react-i18next';

/** First focusable element of every page: jumps over the header to `<main id="main">`. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="yw-skip-link" href="#main">
      {t('common.skipToContent')}
    </a>
  );
}
