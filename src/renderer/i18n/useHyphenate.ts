import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLanguage } from '../../shared/format';
import { softHyphenate } from '../../shared/text/hyphenation';

/**
 * Soft hyphens for long words in the interface language, where text is set
 * large in narrow boxes (sticky notes, slides): the browser breaks a compound
 * at a syllable instead of overflowing or cutting it anywhere.
 */
export function useHyphenate(): (text: string) => string {
  const { i18n } = useTranslation();
  const language = formatLanguage(i18n.language);
  return useCallback((text: string) => softHyphenate(text, language), [language]);
}
