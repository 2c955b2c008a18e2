import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../app/ServicesContext';
import { layoutCoverage } from '../../../shared/export/coverage-layout';
import { exportFileName } from '../../../shared/export/file-name';
import type { Paper } from '../../../shared/export/ops';
import { downloadBase64, downloadBlob } from '../../lib/download';
import type { Names } from './names';
import type { ScopeView } from './scope';
import { coverageDoc } from './coverage-doc';
import { canvasMeasure, canvasToPng, paintPage } from '../export/paint';
import '../export/export.css';

/** PDF (A4/A3) and PNG of the dashboard for the scope shown. */
export function CoverageExportButtons({
  view,
  names,
  scopeName,
}: {
  view: ScopeView;
  names: Names;
  scopeName: string;
}) {
  const { t, i18n } = useTranslation();
  const { api, toasts } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const [busy, setBusy] = useState(false);
  const journeyId = view.scope.kind === 'journey' ? view.scope.journeyId : null;

  const run = async (what: Paper | 'png') => {
    if (!workspaceId) return;
    setBusy(true);
    try {
      const document = coverageDoc(t, i18n.language, view, names, scopeName);
      if (what === 'png') {
        const [page] = layoutCoverage(document, {
          size: { width: 960, height: 0 },
          measure: canvasMeasure(),
          mode: 'poster',
        });
        downloadBlob(exportFileName([document.title], new Date(), 'png'), await canvasToPng(paintPage(page!)));
      } else {
        const file = await api['export.coveragePdf']({ workspaceId, journeyId, paper: what, document });
        downloadBase64(file.fileName, file.base64, 'application/pdf');
      }
    } catch (err) {
      toasts.getState().report(err, 'exportCoverage');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="coverage-doc-export" role="group" aria-label={t('export.coverageLabel')} aria-busy={busy}>
      <button type="button" className="button" disabled={busy} onClick={() => void run('a4')}>
        {t('export.coveragePdfA4')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run('a3')}>
        {t('export.coveragePdfA3')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run('png')}>
        {t('export.coveragePng')}
      </button>
    </div>
  );
}
