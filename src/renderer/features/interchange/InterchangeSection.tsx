import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useRows, useServices } from '../../app/ServicesContext';
import { useCanEdit } from '../../app/useCanEdit';
import { ImportButton } from './ImportButton';
import { ImportDialog } from './ImportDialog';
import { useInterchangeExport } from './useInterchangeExport';
import './interchange.css';

/** Settings › Workspaces: all journeys as one YAML file, importing files and spreadsheets, the template spreadsheets. */
export function InterchangeSection() {
  const { t } = useTranslation();
  const { toasts, shell } = useServices();
  const canEdit = useCanEdit();
  const journeys = useRows('journeys');
  const exporter = useInterchangeExport();
  const [status, setStatus] = useState('');
  // A journey file the operating system opened (double-click, "Open with"): the same import as the button's.
  const opened = useStore(shell, (s) => s.journeyFiles[0]);
  const [openedFile, setOpenedFile] = useState<File | null>(null);
  useEffect(() => {
    if (!opened || openedFile || !canEdit || !shell.getState().takeJourneyFile(opened.id)) return;
    setOpenedFile(new File([opened.file.content], opened.file.name));
  }, [opened, openedFile, canEdit, shell]);
  const active = (journeys ?? []).filter((j) => !j.tombstone && !j.archived).length;

  const run = async (action: () => Promise<string | null>) => {
    setStatus('');
    try {
      const file = await action();
      if (file) setStatus(t('interchange.section.exported', { file }));
    } catch (err) {
      toasts.getState().report(err, 'exportJourney');
    }
  };

  return (
    <section className="card ic-section" aria-labelledby="ic-section-title">
      <h2 id="ic-section-title">{t('interchange.section.title')}</h2>
      <p className="muted">{t('interchange.section.intro')}</p>
      <div className="ic-actions">
        <button
          type="button"
          className="button"
          disabled={active === 0}
          onClick={() => void run(() => exporter.yaml(null))}
        >
          {t('interchange.section.exportAll')}
        </button>
        {canEdit ? <ImportButton /> : null}
        {canEdit ? <ImportDialog file={openedFile} onClose={() => setOpenedFile(null)} /> : null}
      </div>
      {active === 0 && journeys !== undefined ? (
        <p className="muted small">{t('interchange.section.noJourneys')}</p>
      ) : null}
      <div className="ic-actions ic-templates">
        <span>{t('interchange.section.template')}:</span>
        <button type="button" className="button small" onClick={() => void run(() => exporter.template('de'))}>
          {t('interchange.section.templateDe')}
        </button>
        <button type="button" className="button small" onClick={() => void run(() => exporter.template('en'))}>
          {t('interchange.section.templateEn')}
        </button>
        <span className="muted small">{t('interchange.section.templateHint')}</span>
      </div>
      <p className="muted small" role="status">
        {status}
      </p>
    </section>
  );
}
