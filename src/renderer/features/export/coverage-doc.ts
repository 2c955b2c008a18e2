import type { TFunction } from 'i18next';
import { DIMENSIONS } from '../../../shared/analysis';
import {
  MAX_DOC_COLUMNS,
  MAX_DOC_DEPARTMENTS,
  MAX_DOC_FINDINGS,
  type CoverageDoc,
} from '../../../shared/export/coverage-doc';
import { channelLines, heatmapLines } from '../coverage/department-tables';
import type { Names } from '../coverage/names';
import { activeDepartments, visibleChannels, type ScopeView } from '../coverage/scope';
import { findingText, levelInline, levelName, reasonText, verdictLine } from '../coverage/texts';
import { exportDate } from './labels';

const colourOf = (c: string | undefined) => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : '#94a3b8');

/**
 * The dashboard as a printable document, in the interface language, from the
 * same analysis and sentences the dashboard shows. The matrix keeps the
 * channels in use (empty columns would only push the rest off the page) and a
 * column for touchpoints without a channel when there are any. The
 * department views take their numbers from the same helpers as the dashboard's
 * heatmap and bars.
 */
export function coverageDoc(
  t: TFunction,
  language: string,
  view: ScopeView,
  names: Names,
  scopeName: string,
): CoverageDoc {
  const { matrix } = view;
  const used = visibleChannels(matrix, true);
  const withUnassigned = matrix.unassigned.some((c) => c.touchpointIds.length > 0);
  const colours = (ids: readonly string[]) => ids.map((id) => colourOf(names.departments.get(id)?.color));
  const department = (d: number) => {
    const look = names.departments.get(matrix.departmentIds[d]!);
    return { name: look?.name ?? '', colour: colourOf(look?.color) };
  };
  const byChannel = channelLines(matrix);
  return {
    title: `${t('export.doc.coverage')}: ${scopeName}`,
    subtitle: t('export.doc.exported', { date: exportDate(language) }),
    labels: {
      page: t('export.doc.page'),
      verdict: t('export.doc.verdict'),
      scores: t('export.doc.scores'),
      overall: t('export.doc.overall'),
      matrix: t('export.doc.matrix'),
      stage: t('export.doc.stage'),
      findings: t('export.doc.findings'),
      noFindings: t('export.doc.noFindings'),
      departments: t('export.doc.departments'),
      noOwner: t('export.doc.noOwner'),
      notApplicable: t('export.doc.notApplicable'),
      heatmap: t('export.doc.heatmap'),
      byChannel: t('export.doc.byChannel'),
      department: t('export.doc.department'),
      total: t('export.doc.total'),
      continued: t('export.doc.continued'),
      noDepartments: t('export.doc.noDepartments'),
    },
    level: levelName(t, view.level),
    verdict: verdictLine(t, view.level, view.next),
    reasons: view.reasons.map((r) => reasonText(t, r)),
    next: view.next
      ? {
          title: t('coverage.verdict.needs', { level: levelInline(t, view.next.level) }),
          items: view.next.unmet.map((r) => reasonText(t, r)),
        }
      : null,
    scores: DIMENSIONS.map((d) => ({ label: t(`coverage.dimension.${d}`), value: view.scores[d] })),
    overall: view.overall,
    findings: view.findings.slice(0, MAX_DOC_FINDINGS).map((f) => ({
      severity: f.severity,
      severityLabel: t(`coverage.severity.${f.severity}`),
      text: findingText(t, language, f, names),
    })),
    matrix: {
      channels: [
        ...used.map((c) => names.channels.get(matrix.channelIds[c]!) ?? ''),
        ...(withUnassigned ? [t('coverage.matrix.noChannel')] : []),
      ],
      rows: matrix.rows.map((row, r) => ({
        name: row.name || t('coverage.finding.unnamedStage'),
        cells: [...used.map((c) => matrix.cells[r]![c]!), ...(withUnassigned ? [matrix.unassigned[r]!] : [])].map(
          (cell) => ({
            count: cell.touchpointIds.length,
            colours: colours(cell.departmentIds),
          }),
        ),
      })),
    },
    departments: activeDepartments(matrix).slice(0, MAX_DOC_DEPARTMENTS).map(department),
    heatmap: {
      columns: matrix.rows.slice(0, MAX_DOC_COLUMNS).map((row) => row.name || t('coverage.finding.unnamedStage')),
      rows: heatmapLines(matrix)
        .filter((line, i) => i < MAX_DOC_DEPARTMENTS || line.department === null)
        .map((line) => ({
          ...(line.department === null
            ? { name: t('coverage.matrix.noOwner'), colour: null }
            : line.role === 'supports'
              ? { name: t('coverage.heatmap.supportsRow', { name: department(line.department).name }), colour: null }
              : department(line.department)),
          counts: line.counts.slice(0, MAX_DOC_COLUMNS),
        })),
    },
    byChannel: {
      columns: byChannel.channels.slice(0, MAX_DOC_COLUMNS).map((c) => names.channels.get(matrix.channelIds[c]!) ?? ''),
      rows: byChannel.lines
        .slice(0, MAX_DOC_DEPARTMENTS)
        .map((line) => ({ ...department(line.department), counts: line.counts.slice(0, MAX_DOC_COLUMNS) })),
    },
  };
}
