import { useTranslation } from 'react-i18next';
import type { LanguageSetting } from '../../../shared/settings';
import { useServices, useSession } from '../../app/ServicesContext';
import { systemUiLanguage } from '../../i18n/language';

const CHOICES: readonly LanguageSetting[] = ['system', 'de', 'en'];

/** Deutsch, English, or whatever the system speaks. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { session, toasts } = useServices();
  const setting = useSession((s) => s.settings.language);
  const system = systemUiLanguage(navigator.language);

  const choose = (choice: LanguageSetting) => {
    session
      .getState()
      .setLanguage(choice)
      .catch((err: unknown) => toasts.getState().report(err));
  };

  return (
    <fieldset className="choice-group">
      <legend>{t('settings.languageLegend')}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} className="choice" lang={choice === 'system' ? undefined : choice}>
          <input
            type="radio"
            name="language"
            value={choice}
            checked={setting === choice}
            onChange={() => choose(choice)}
          />
          <span>
            {choice === 'system'
              ? t('settings.languageSystem', { language: t(`language.${system}`) })
              : t(`language.${choice}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
