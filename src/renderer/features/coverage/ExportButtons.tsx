import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_DIALECTS, toCsv, type CsvDialectName } from '../../../shared/analysis/csv';
import { formatLanguage } from '../../../shared/format';
import { downloadText } from '../../lib/download';
import { CoverageExportButtons } from './CoverageExportButtons';
import { fileName, findingsTable, matrixTable, type Table } from './export-tables';
import type { Names } from './names';
import type { ScopeView } from './scope';

interface ExportButtonsProps {
  view: ScopeView;
  names: Names;
  scopeName: string;
}

/**
 * The matrix and the findings of what is shown, as CSV. The format follows the
 * app's language (German: semicolons and decimal commas, as a German Excel
 * reads them); the menu offers the other one for a spreadsheet set up otherwise.
 */
export function ExportButtons({ view, names, scopeName }: ExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const dialectId = useId();
  const appDialect: CsvDialectName = formatLanguage(i18n.language);
  const [chosen, setChosen] = useState<CsvDialectName | null>(null);
  const dialect = chosen ?? appDialect;
  const save = (kind: string, table: Table) => {
    const text = toCsv(table.header, table.rows, CSV_DIALECTS[dialect]);
    const scopePart = view.scope.kind === 'journey' ? scopeName : t('coverage.export.workspaceFile');
    downloadText(fileName([kind, scopePart], new Date()), text);
  };
  return (
    <div className="coverage-export" role="group" aria-label={t('coverage.export.label')}>
      <span className="coverage-export-dialect">
        <label htmlFor={dialectId}>{t('coverage.export.dialect')}</label>
        <select id={dialectId} value={dialect} onChange={(e) => setChosen(e.target.value === 'en' ? 'en' : 'de')}>
          <option value="de">{t('coverage.export.dialectDe')}</option>
          <option value="en">{t('coverage.export.dialectEn')}</option>
        </select>
      </span>
      <button
        type="button"
        className="button"
        onClick={() => save(t('coverage.export.matrixFile'), matrixTable(t, view.matrix, names, scopeName))}
      >
        {downloadIcon}
        <span>{t('coverage.export.matrix')}</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => save(t('coverage.export.findingsFile'), findingsTable(t, i18n.language, view.findings, names))}
      >
        {downloadIcon}
        <span>{t('coverage.export.findings')}</span>
      </button>
      <CoverageExportButtons view={view} names={names} scopeName={scopeName} />
    </div>
  );
}

const downloadIcon = (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </svg>
);
