import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { InlineText } from '../../ui/InlineText';
import { useCanEdit } from '../../app/useCanEdit';
import { UserNameField } from '../review/UserNameField';
import { BrandTermsSection } from './BrandTermsSection';
import { CatalogueLanguageHint } from './CatalogueLanguage';
import { LanguagePicker } from './LanguagePicker';

/** Language, the current workspace's name, and where the data lives. */
export function GeneralSettings() {
  const { t } = useTranslation();
  const { commands } = useServices();
  const canEdit = useCanEdit();
  const workspaceId = useSession((s) => s.workspaceId);
  const name = useSession((s) => s.workspaces.find((w) => w.id === s.workspaceId)?.name ?? '');
  const info = useSession((s) => s.info);

  return (
    <div className="settings-grid">
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.languageTitle')}</h2>
        <LanguagePicker />
        <CatalogueLanguageHint />
      </section>
      <UserNameField />
      <section className="card" aria-labelledby="workspace-title">
        <h2 id="workspace-title">{t('settings.workspaceTitle')}</h2>
        <fieldset className="plain-fieldset field" disabled={!canEdit}>
          <label htmlFor="workspace-name">{t('settings.workspaceName')}</label>
          {workspaceId ? (
            <InlineText
              id="workspace-name"
              value={name}
              label={t('settings.workspaceName')}
              className="wide"
              onCommit={(next) =>
                void commands.apply('renameWorkspace', [fieldEdit('workspaces', workspaceId, 'name', next)])
              }
            />
          ) : null}
        </fieldset>
      </section>
      <fieldset className="plain-fieldset" disabled={!canEdit}>
        <BrandTermsSection />
      </fieldset>
      {info ? (
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t('settings.aboutTitle')}</h2>
          <p>
            {info.name} · {t('settings.version', { version: info.version })}
          </p>
          <p className="muted path">{t('settings.dataDir', { path: info.dataDir })}</p>
        </section>
      ) : null}
    </div>
  );
}
