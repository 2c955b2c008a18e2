import { describe, expect, it } from 'vitest';
import { coverageDocSchema, type CountTable } from './coverage-doc';
import { shadeOf, wrapHeader } from './coverage-heatmap-layout';
import { layoutCoverage } from './coverage-layout';
import { estimateWidth, lineHeight, PAPER_SIZES, type Op, type Page } from './ops';
import { coverageFixture } from './test-coverage';

type TextOp = Extract<Op, { kind: 'text' }>;

/**
 * Reads a count table back from the drawn pages: in the section under a
 * heading starting with `title`, every line of text at one height whose first
 * text is a row name, with the numbers that follow it. Column groups and page
 * continuations repeat the rows, so the numbers of one name are concatenated
 * in reading order; the last number of each drawn line is the row total.
 */
function readTable(pages: readonly Page[], title: string): Map<string, { counts: number[]; totals: number[] }> {
  const rows = new Map<string, { counts: number[]; totals: number[] }>();
  let inside = false;
  for (const page of pages) {
    const lines = new Map<number, TextOp[]>();
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      if (op.size === 12 && op.bold) {
        inside = op.text.startsWith(title);
        continue;
      }
      if (!inside) continue;
      const line = lines.get(op.y) ?? [];
      line.push(op);
      lines.set(op.y, line);
    }
    for (const line of lines.values()) {
      const [name, ...rest] = [...line].sort((a, b) => a.x - b.x);
      if (!name || rest.length === 0 || !rest.every((o) => /^\d+$/.test(o.text))) continue;
      const numbers = rest.map((o) => Number(o.text));
      const row = rows.get(name.text) ?? { counts: [], totals: [] };
      row.counts.push(...numbers.slice(0, -1));
      row.totals.push(numbers.at(-1)!);
      rows.set(name.text, row);
    }
  }
  return rows;
}

function workspace(departments: number, stages: number, channels: number) {
  const doc = coverageFixture(stages, channels, 30);
  const names = Array.from({ length: departments }, (_, d) => `Department ${d + 1}`);
  const colours = ['#2563eb', '#16a34a', '#f59e0b', '#fde68a'];
  const table = (columns: string[], count: (d: number, c: number) => number, unowned: boolean): CountTable => ({
    columns,
    rows: [
      ...names.map((name, d) => ({
        name,
        colour: colours[d % colours.length]!,
        counts: columns.map((_, c) => count(d, c)),
      })),
      ...(unowned ? [{ name: 'No owner', colour: null, counts: columns.map((_, c) => (c % 2 === 0 ? 1 : 0)) }] : []),
    ],
  });
  doc.heatmap = table(doc.heatmap.columns, (d, s) => (d * 7 + s * 3) % 11, true);
  doc.byChannel = table(doc.byChannel.columns, (d, c) => (d + c * 5) % 9, false);
  return doc;
}

function boxOf(op: Op): { x1: number; y1: number; x2: number; y2: number } {
  switch (op.kind) {
    case 'text':
      return {
        x1: op.x,
        y1: op.y,
        x2: op.x + estimateWidth(op.text, op.size, op.bold),
        y2: op.y + lineHeight(op.size),
      };
    case 'rect':
      return { x1: op.x, y1: op.y, x2: op.x + op.w, y2: op.y + op.h };
    case 'circle':
      return { x1: op.cx - op.r, y1: op.cy - op.r, x2: op.cx + op.r, y2: op.cy + op.r };
    case 'line':
      return {
        x1: Math.min(op.x1, op.x2),
        y1: Math.min(op.y1, op.y2),
        x2: Math.max(op.x1, op.x2),
        y2: Math.max(op.y1, op.y2),
      };
  }
}

describe('department views in the coverage print', () => {
  it('shows the heatmap of a small workspace with its counts, totals and shading', () => {
    const doc = coverageFixture(3, 2, 0);
    doc.heatmap = {
      columns: ['Inform', 'Buy', 'Use'],
      rows: [
        { name: 'Marketing', colour: '#2563eb', counts: [4, 1, 0] },
        { name: 'Service', colour: '#16a34a', counts: [0, 2, 3] },
        { name: 'No owner', colour: null, counts: [1, 0, 0] },
      ],
    };
    expect(coverageDocSchema.safeParse(doc).success).toBe(true);
    const pages = layoutCoverage(doc, { size: PAPER_SIZES.a4, measure: estimateWidth });
    const heat = readTable(pages, 'Departments × stages');
    expect(heat.get('Marketing')).toEqual({ counts: [4, 1, 0], totals: [5] });
    expect(heat.get('Service')).toEqual({ counts: [0, 2, 3], totals: [5] });
    expect(heat.get('No owner')).toEqual({ counts: [1, 0, 0], totals: [1] });
    expect(heat.get('Total')).toEqual({ counts: [5, 3, 3], totals: [11] });
    const all = pages.flatMap((p) => p.ops);
    for (const stage of ['Inform', 'Buy', 'Use'])
      expect(all.some((o) => o.kind === 'text' && o.text === stage)).toBe(true);
    // The fullest cell gets the darkest fill and a white number; a zero no fill at all.
    const cellOf = (text: string, name: string): TextOp[] =>
      pages.flatMap((page) => {
        const texts = page.ops.filter((o): o is TextOp => o.kind === 'text');
        return texts.filter((o) => o.text === text && texts.some((n) => n.text === name && n.y === o.y));
      });
    expect(cellOf('4', 'Marketing')[0]!.color).toBe('#ffffff');
    expect(all.some((o) => o.kind === 'rect' && o.fill === shadeOf(4, 4))).toBe(true);
    expect(cellOf('0', 'Marketing')[0]!.color).not.toBe('#ffffff');
    // The row without an owner is drawn with a hollow chip.
    expect(all.some((o) => o.kind === 'rect' && o.w === 8 && o.fill === '#ffffff')).toBe(true);
  });

  it('shades darker for more, so black-and-white print keeps the order', () => {
    const grey = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.299 * r! + 0.587 * g! + 0.114 * b!;
    };
    const levels = [1, 2, 3, 4, 5, 6].map((n) => grey(shadeOf(n, 6)));
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]!).toBeLessThan(levels[i - 1]! - 10);
    expect(grey(shadeOf(1, 6))).toBeLessThan(250);
  });

  it('pages 12 departments × 20 stages and 15 channels without overlap, nothing outside the page and nothing lost', () => {
    const doc = workspace(12, 20, 15);
    expect(coverageDocSchema.safeParse(doc).success).toBe(true);
    for (const paper of ['a4', 'a3'] as const) {
      const pages = layoutCoverage(doc, { size: PAPER_SIZES[paper], measure: estimateWidth });
      for (const page of pages) {
        const texts: { op: TextOp; box: ReturnType<typeof boxOf> }[] = [];
        for (const op of page.ops) {
          const box = boxOf(op);
          expect(box.x1).toBeGreaterThanOrEqual(0);
          expect(box.y1).toBeGreaterThanOrEqual(0);
          expect(box.x2).toBeLessThanOrEqual(page.width);
          expect(box.y2).toBeLessThanOrEqual(page.height);
          if (op.kind === 'text') texts.push({ op, box });
        }
        // No two texts on a page cover each other.
        for (let i = 0; i < texts.length; i += 1) {
          for (let k = i + 1; k < texts.length; k += 1) {
            const a = texts[i]!.box;
            const b = texts[k]!.box;
            const overlap = a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
            expect(overlap, `${texts[i]!.op.text} / ${texts[k]!.op.text}`).toBe(false);
          }
        }
      }
      for (const [title, table] of [
        ['Departments × stages', doc.heatmap],
        ['Departments × channels', doc.byChannel],
      ] as const) {
        const drawn = readTable(pages, title);
        for (const row of table.rows) {
          const got = drawn.get(row.name);
          expect(got?.counts, `${title}: ${row.name}`).toEqual(row.counts);
          const total = row.counts.reduce((a, b) => a + b, 0);
          expect(got!.totals.every((t) => t === total)).toBe(true);
        }
        const columnTotals = table.columns.map((_, c) => table.rows.reduce((s, r) => s + r.counts[c]!, 0));
        expect(drawn.get('Total')?.counts).toEqual(columnTotals);
        const texts = pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : [])));
        for (const column of table.columns) expect(texts).toContain(column);
      }
    }
  });

  it('breaks a narrow column name after the hyphen of a compound before cutting a word', () => {
    expect(wrapHeader('Push-Benachrichtigung', estimateWidth('Benachrichtigung', 7, true), 7, estimateWidth)).toEqual([
      'Push-',
      'Benachrichtigung',
    ]);
    expect(wrapHeader('E-Mail-Newsletter', estimateWidth('Newsletter', 7, true), 7, estimateWidth)).toEqual([
      'E-Mail-',
      'Newsletter',
    ]);
    expect(wrapHeader('Social Media', 200, 7, estimateWidth)).toEqual(['Social Media']);
    const cut = wrapHeader('Kundenzufriedenheitsbefragung nach dem Kauf im Laden', 40, 7, estimateWidth);
    expect(cut.length).toBe(3);
    for (const line of cut) expect(estimateWidth(line, 7, true)).toBeLessThanOrEqual(40);
  });

  it('refuses a department row whose counts do not match the columns, with a clear message', () => {
    const doc = coverageFixture(3, 2, 0);
    doc.heatmap = { columns: ['Inform', 'Buy'], rows: [{ name: 'Marketing', colour: '#2563eb', counts: [1] }] };
    const result = coverageDocSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('every department row needs one count per column');
  });

  it('says so when no department owns anything', () => {
    const pages = layoutCoverage(coverageFixture(0, 0, 0), { size: PAPER_SIZES.a4, measure: estimateWidth });
    const texts = pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : [])));
    expect(texts.filter((t) => t === 'No department owns a touchpoint here yet.').length).toBe(2);
  });
});
