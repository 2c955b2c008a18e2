import { useTranslation } from 'react-i18next';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { exportFileName } from '../../../shared/export/file-name';
import type { JourneyExportInput } from '../../../shared/export/journey-data';
import { layoutJourney } from '../../../shared/export/journey-layout';
import { toMermaidJourney } from '../../../shared/export/mermaid';
import { PAPER_SIZES, type Paper } from '../../../shared/export/ops';
import { downloadBase64, downloadBlob, downloadText } from '../../lib/download';
import { journeyLabels } from './labels';
import { canvasMeasure, canvasToPng, paintPage } from './paint';

/** The journey's exports: PDF from the desktop side, PNG and Mermaid made here. */
export function useJourneyExport(journeyId: string) {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const channels = useRows('channels');
  const departments = useRows('departments');
  const personas = useRows('personas');

  async function input(): Promise<JourneyExportInput> {
    if (!workspaceId) throw new Error('no workspace open');
    const bundle = await api['journeys.open']({ workspaceId, journeyId });
    const persona = personas?.find((p) => p.id === bundle.journey.persona_id && !p.tombstone) ?? null;
    return { ...bundle, persona, channels: channels ?? [], departments: departments ?? [] };
  }
  const mermaidLabels = () => ({ untitled: t('export.doc.untitled'), unnamedStage: t('export.doc.unnamedStage') });
  const nameOf = (data: JourneyExportInput) => data.journey.name.trim() || t('export.doc.untitled');

  return {
    async pdf(paper: Paper): Promise<void> {
      if (!workspaceId) return;
      const file = await api['export.journeyPdf']({
        workspaceId,
        journeyId,
        paper,
        labels: journeyLabels(t, i18n.language),
      });
      downloadBase64(file.fileName, file.base64, 'application/pdf');
    },
    async png(): Promise<void> {
      const data = await input();
      const labels = journeyLabels(t, i18n.language);
      const { pages } = layoutJourney(data, { size: PAPER_SIZES.a4, measure: canvasMeasure(), labels, mode: 'poster' });
      const blob = await canvasToPng(paintPage(pages[0]!));
      downloadBlob(exportFileName([labels.kind, nameOf(data)], new Date(), 'png'), blob);
    },
    async mermaid(): Promise<void> {
      const data = await input();
      downloadText(
        exportFileName([t('export.doc.kind'), nameOf(data)], new Date(), 'mmd'),
        toMermaidJourney(data, mermaidLabels()),
        'text/plain;charset=utf-8',
      );
    },
    async copyMermaid(): Promise<void> {
      const data = await input();
      await navigator.clipboard.writeText(toMermaidJourney(data, mermaidLabels()));
    },
  };
}
