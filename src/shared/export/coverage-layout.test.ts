import { describe, expect, it } from 'vitest';
import type { CoverageDoc } from './coverage-doc';
import { layoutCoverage } from './coverage-layout';
import { estimateWidth, PAPER_SIZES, type Page } from './ops';

function doc(rows: number, channels: number, findings: number): CoverageDoc {
  return {
    title: 'Coverage: Whole workspace', subtitle: 'Exported 23 November 2026',
    labels: {
      page: 'Page {page} of {pages}', verdict: 'Maturity verdict', scores: 'Dimensions', overall: 'Overall', matrix: 'Stages × channels',
      stage: 'Stage', findings: 'Findings', noFindings: 'No findings.', departments: 'Departments', noOwner: 'No owner', notApplicable: 'n/a',
    },
    level: 'Multi channel', verdict: 'Multi channel, not yet cross channel', reasons: ['Channels side by side.'],
    next: { title: 'What cross channel still needs', items: ['A switch between channels.'] },
    scores: [{ label: 'Channel breadth', value: 50 }, { label: 'Message consistency', value: null }], overall: 40,
    findings: Array.from({ length: findings }, (_, i) => ({ severity: 'low' as const, severityLabel: 'Low', text: `Finding ${i + 1} ${'with a long explanation '.repeat(i % 7)}` })),
    matrix: {
      channels: Array.from({ length: channels }, (_, i) => `Channel ${i + 1}`),
      rows: Array.from({ length: rows }, (_, r) => ({ name: `Stage ${r + 1}`, cells: Array.from({ length: channels }, (_, c) => ({ count: (r + c) % 3, colours: ['#2563eb'] })) })),
    },
    departments: [{ name: 'Marketing', colour: '#2563eb' }],
  };
}

const texts = (pages: readonly Page[]) => pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : [])));

describe('coverage print layout', () => {
  it('pages a large matrix and many findings; every finding listed, nothing outside the page', () => {
    const pages = layoutCoverage(doc(60, 20, 400), { size: PAPER_SIZES.a4, measure: estimateWidth });
    expect(pages.length).toBeGreaterThan(5);
    const all = texts(pages);
    for (let i = 1; i <= 400; i += 1) expect(all.some((t) => t.startsWith(`Finding ${i} `) || t === `Finding ${i}`)).toBe(true);
    for (const name of ['Channel 1', 'Channel 20', 'Stage 1', 'Stage 60']) expect(all).toContain(name);
    for (const page of pages) {
      for (const op of page.ops) {
        if (op.kind === 'text') expect(op.x + estimateWidth(op.text, op.size, op.bold)).toBeLessThanOrEqual(page.width);
        const y = op.kind === 'line' ? Math.max(op.y1, op.y2) : op.kind === 'circle' ? op.cy + op.r : op.kind === 'rect' ? op.y + op.h : op.y + op.size;
        expect(y).toBeLessThanOrEqual(page.height);
      }
    }
    expect(all).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('an empty dashboard is one page that says there are no findings', () => {
    const pages = layoutCoverage(doc(0, 0, 0), { size: PAPER_SIZES.a3, measure: estimateWidth });
    expect(pages.length).toBe(1);
    expect(texts(pages)).toContain('No findings.');
  });
});
