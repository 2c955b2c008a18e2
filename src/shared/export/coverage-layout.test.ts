import { describe, expect, it } from 'vitest';
import { layoutCoverage } from './coverage-layout';
import { estimateWidth, PAPER_SIZES, type Page } from './ops';
import { coverageFixture as doc } from './test-coverage';

const texts = (pages: readonly Page[]) =>
  pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : [])));

describe('coverage print layout', () => {
  it('pages a large matrix and many findings; every finding listed, nothing outside the page', () => {
    const pages = layoutCoverage(doc(60, 20, 400), { size: PAPER_SIZES.a4, measure: estimateWidth });
    expect(pages.length).toBeGreaterThan(5);
    const all = texts(pages);
    for (let i = 1; i <= 400; i += 1)
      expect(all.some((t) => t.startsWith(`Finding ${i} `) || t === `Finding ${i}`)).toBe(true);
    for (const name of ['Channel 1', 'Channel 20', 'Stage 1', 'Stage 60']) expect(all).toContain(name);
    for (const page of pages) {
      for (const op of page.ops) {
        if (op.kind === 'text') expect(op.x + estimateWidth(op.text, op.size, op.bold)).toBeLessThanOrEqual(page.width);
        const y =
          op.kind === 'line'
            ? Math.max(op.y1, op.y2)
            : op.kind === 'circle'
              ? op.cy + op.r
              : op.kind === 'rect'
                ? op.y + op.h
                : op.y + op.size;
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
