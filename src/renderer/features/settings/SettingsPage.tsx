import { useTranslation } from 'react-i18next';
import { useNav, useServices } from '../../app/ServicesContext';
import type { SettingsTab } from '../../stores/nav-store';
import { PageHeader } from '../../ui/PageHeader';
import { ConflictLog } from '../sync/ConflictLog';
import { ServerSettings } from '../sync/ServerSettings';
import { Tabs } from '../../ui/Tabs';
import { useCanEdit } from '../../app/useCanEdit';
import { CatalogueLanguage } from './CatalogueLanguage';
import { ChannelsSection } from './ChannelsSection';
import { DepartmentsSection } from './DepartmentsSection';
import { GeneralSettings } from './GeneralSettings';
import { WorkspacesSettings } from './WorkspacesSettings';
import './settings.css';

/** Settings: general (language, workspace), the catalogue (departments, channels), the workspaces. */
export function SettingsPage() {
  const canEdit = useCanEdit();
  const { t } = useTranslation();
  const { nav } = useServices();
  const tab = useNav((s) => s.settingsTab);
  const tabs: { key: SettingsTab; title: string }[] = [
    { key: 'catalogue', title: t('settings.tabCatalogue') },
    { key: 'general', title: t('settings.tabGeneral') },
    { key: 'workspaces', title: t('settings.tabWorkspaces') },
    { key: 'server', title: t('sync.tab') },
    { key: 'conflicts', title: t('sync.tabConflicts') },
  ];

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        label={t('settings.tabsLabel')}
        tabs={tabs}
        selected={tab}
        idPrefix="settings"
        onSelect={(key) => nav.getState().showSettings(key)}
      >
        {tab === 'catalogue' ? (
          <fieldset className="plain-fieldset stack" disabled={!canEdit}>
            <CatalogueLanguage />
            <DepartmentsSection />
            <ChannelsSection />
          </fieldset>
        ) : tab === 'general' ? (
          <GeneralSettings />
        ) : tab === 'server' ? (
          <ServerSettings />
        ) : tab === 'conflicts' ? (
          <ConflictLog />
        ) : (
          <WorkspacesSettings />
        )}
      </Tabs>
    </>
  );
}
