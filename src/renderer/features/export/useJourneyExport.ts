import { useTranslation } from 'react-i18next';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { exportFileName } from '../../../shared/export/file-name';
import { layoutJourney } from '../../../shared/export/journey-layout';
import { toMermaidJourney } from '../../../shared/export/mermaid';
import { PAPER_SIZES, type Paper } from '../../../shared/export/ops';
import { buildJourneySlice, type JourneySlice } from '../../../shared/journey';
import { factValues } from '../../../shared/messages/placeholders';
import { downloadBase64, downloadBlob, downloadText } from '../../lib/download';
import { journeyLabels } from './labels';
import { canvasMeasure, canvasToPng, paintPage } from './paint';

/**
 * The journey's exports: PDF from the desktop side, PNG and Mermaid made here —
 * all from the journey slice of the rows journeys.open returns, so every
 * format tells the story the map tells.
 */
export function useJourneyExport(journeyId: string) {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const facts = useRows('facts');

  async function slice(): Promise<JourneySlice> {
    if (!workspaceId) throw new Error('no workspace open');
    return buildJourneySlice(await api['journeys.open']({ workspaceId, journeyId }));
  }
  const mermaidLabels = () => ({ untitled: t('export.doc.untitled'), unnamedStage: t('export.doc.unnamedStage') });
  const nameOf = (data: JourneySlice) => data.journey.name.trim() || t('export.doc.untitled');

  return {
    async pdf(paper: Paper, backstage: boolean): Promise<void> {
      if (!workspaceId) return;
      const file = await api['export.journeyPdf']({
        workspaceId,
        journeyId,
        paper,
        backstage,
        labels: journeyLabels(t, i18n.language),
      });
      downloadBase64(file.fileName, file.base64, 'application/pdf');
    },
    async png(backstage: boolean): Promise<void> {
      const data = await slice();
      const labels = journeyLabels(t, i18n.language);
      const { pages } = layoutJourney(data, {
        size: PAPER_SIZES.a4,
        measure: canvasMeasure(),
        labels,
        mode: 'poster',
        backstage,
        facts: factValues(facts ?? []),
      });
      const blob = await canvasToPng(paintPage(pages[0]!));
      downloadBlob(exportFileName([labels.kind, nameOf(data)], new Date(), 'png'), blob);
    },
    async mermaid(): Promise<void> {
      const data = await slice();
      downloadText(
        exportFileName([t('export.doc.kind'), nameOf(data)], new Date(), 'mmd'),
        toMermaidJourney(data, mermaidLabels()),
        'text/plain;charset=utf-8',
      );
    },
    async copyMermaid(): Promise<void> {
      await navigator.clipboard.writeText(toMermaidJourney(await slice(), mermaidLabels()));
    },
  };
}
