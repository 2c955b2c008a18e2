import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../../shared/analysis';
import { coverageDocSchema } from '../../../shared/export/coverage-doc';
import { layoutCoverage } from '../../../shared/export/coverage-layout';
import { estimateWidth, PAPER_SIZES } from '../../../shared/export/ops';
import { createI18n } from '../../i18n';
import { namesOf } from './names';
import { viewOf } from './scope';
import { everyFindingWorkspace } from './test-workspace';
import { journeyLabels } from '../export/labels';
import { coverageDoc } from './coverage-doc';
import { canvasScale } from '../export/paint';

const i18n = createI18n('en');
const { data, ids } = everyFindingWorkspace();
const analysis = analyzeWorkspace(data);
const names = namesOf(data);

describe('coverage document', () => {
  it('carries the dashboard in the interface language and passes the contract schema', () => {
    const de = i18n.getFixedT('de');
    const view = viewOf(analysis, { kind: 'journey', journeyId: ids.journey })!;
    const doc = coverageDoc(de, 'de', view, names, 'Fahrradkauf');
    expect(coverageDocSchema.safeParse(doc).success).toBe(true);
    expect(doc.title).toBe('Abdeckung: Fahrradkauf');
    expect(doc.findings.length).toBe(view.findings.length);
    expect(doc.findings[0]!.severityLabel).toBe('Hoch');
    expect(doc.scores.length).toBe(6);
    // Only the channels in use, plus the column for touchpoints without a channel.
    expect(doc.matrix.channels.at(-1)).toBe('Ohne Kanal');
    expect(doc.matrix.rows.every((r) => r.cells.length === doc.matrix.channels.length)).toBe(true);

    // The department views carry the dashboard's numbers: every department against every stage, the channels in use.
    const { matrix } = view;
    expect(doc.heatmap.columns.length).toBe(matrix.rows.length);
    expect(doc.heatmap.rows.slice(0, matrix.departmentIds.length).map((r) => r.counts)).toEqual(matrix.departmentByRow);
    expect(doc.heatmap.rows.map((r) => r.name)).toContain(names.departments.get(matrix.departmentIds[0]!)!.name);
    const owned = doc.heatmap.rows.reduce((sum, r) => sum + r.counts.reduce((a, b) => a + b, 0), 0);
    expect(owned).toBe(view.touchpoints);
    expect(
      doc.byChannel.rows.every((r) => r.counts.length === doc.byChannel.columns.length && r.counts.some((n) => n > 0)),
    ).toBe(true);
    expect(doc.labels.heatmap).toBe('Abteilungen × Phasen');

    const pages = layoutCoverage(doc, { size: PAPER_SIZES.a4, measure: estimateWidth });
    const text = pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join('\n');
    expect(text).toContain(doc.verdict);
    expect(text).toContain(`Seite 1 von ${pages.length}`);
    expect(text).toContain('Abteilungen × Phasen');
    expect(text).toContain('Abteilungen × Kanäle');
  });

  it('journey labels have every word filled in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const labels = journeyLabels(i18n.getFixedT(lang), lang);
      for (const [key, value] of Object.entries(labels)) expect(value, key).not.toMatch(/^export\.|^$/);
    }
  });
});

describe('canvas scale', () => {
  it('draws at 2× and scales down for maps beyond what a canvas holds', () => {
    expect(canvasScale(842, 595)).toBe(2);
    const huge = canvasScale(1400, 60_000);
    expect(60_000 * huge).toBeLessThanOrEqual(16_000);
    expect(1400 * huge * 60_000 * huge).toBeLessThanOrEqual(120_000_000);
  });
});
