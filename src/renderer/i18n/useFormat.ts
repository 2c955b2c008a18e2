import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, formatLanguage, type Formatter } from '../../shared/format';

/** Numbers, dates and quotes in the interface language (see shared/format.ts). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language = formatLanguage(i18n.language);
  return useMemo(() => createFormatter(language), [language]);
}
