import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createFormatter, formatLanguage, type Formatter } from '../../shared/format';
import { de } from './de';
import { en } from './en';
import type { UiLanguage } from './language';

export const resources = {
  en: { translation: en },
  de: { translation: de },
} as const;

/**
 * What an interpolated value looks like in a sentence. Every number goes
 * through Intl in the sentence's language, so "{{count}} Kontaktpunkte" reads
 * "1.234 Kontaktpunkte" and no caller has to remember it; `{{x, signed}}`,
 * `{{x, percent}}` and `{{x, quote}}` ask for more.
 */
function interpolationFormat(formatters: Record<UiLanguage, Formatter>) {
  return (value: unknown, format: string | undefined, lng: string | undefined): string => {
    const f = formatters[formatLanguage(lng ?? 'en')];
    if (typeof value === 'number') {
      if (format === 'signed') return f.signed(value);
      if (format === 'percent') return f.percent(value);
      return f.number(value);
    }
    if (format === 'quote' && typeof value === 'string') return f.quote(value);
    // Anything else as it came: i18next turns it into text itself, and reports a missing value (undefined).
    return value as string;
  };
}

/** A fresh i18next instance (not the global one) for one app. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    interpolation: {
      escapeValue: false,
      alwaysFormat: true,
      format: interpolationFormat({ de: createFormatter('de'), en: createFormatter('en') }),
    },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
