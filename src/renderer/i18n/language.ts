import type { LanguageSetting } from '../../shared/settings';
import type { Language } from '../../shared/default-catalogue';

export type UiLanguage = Language;

/** German when the system language is German, English otherwise. */
export function systemUiLanguage(systemLanguage: string): UiLanguage {
  return systemLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The language the interface speaks: the user's choice, or the system's. */
export function resolveLanguage(setting: LanguageSetting, systemLanguage: string): UiLanguage {
  return setting === 'system' ? systemUiLanguage(systemLanguage) : setting;
}
