import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, writePdf } from './pdf';

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

interface Word {
  text: string;
  xMin: number;
  xMax: number;
}

/** One line of text in a PDF of its own, read back word by word with the positions poppler finds. */
async function wordsOf(text: string): Promise<Word[]> {
  const pdf = await writePdf('t', () => [
    { width: 500, height: 60, ops: [{ kind: 'text', x: 10, y: 10, text, size: 12, bold: true, color: '#000000' }] },
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 't.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    text: m[3]!,
  }));
}

describe('text the embedded font can draw', () => {
  it('leaves out emoji and keeps the symbols DejaVu Sans has', () => {
    expect(printable('Wo ist mein Paket? 📦')).toBe('Wo ist mein Paket? ');
    expect(printable('👨‍👩‍👧 Familie, 🇩🇪 Flagge, 👍🏽 gut, ❤️ Herz')).toBe(' Familie, Flagge, gut, Herz');
    const symbols = '⚠1 ↩ ↺ ✓ ☺ ┬ ┄ → · – „“ Straße ÄÖÜ © 5% #1';
    expect(printable(symbols)).toBe(symbols);
  });

  it.skipIf(!hasPoppler)('prints no empty box where an emoji was: the next word follows after one space', async () => {
    const words = await wordsOf('Paket 📦 ⚠1 ↩');
    const paket = words.find((w) => w.text === 'Paket')!;
    const next = words.find((w) => w.text === '⚠1')!;
    // One space of 12 pt bold DejaVu is about 4.2 pt; the box of an emoji and a second space would add 10 more.
    expect(next.xMin - paket.xMax).toBeGreaterThan(2);
    expect(next.xMin - paket.xMax).toBeLessThan(6);
  });
});
