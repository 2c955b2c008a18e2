import { describe, expect, it } from 'vitest';
import { emptyRow } from '../schema/tables';
import { exportFileName } from './file-name';
import { mermaidScore, toMermaidJourney } from './mermaid';
import { bigJourney } from './test-journeys';

const labels = { untitled: 'Untitled', unnamedStage: 'Unnamed stage' };

describe('Mermaid journey text', () => {
  it('writes sections per stage and tasks with score and actors', () => {
    const input = bigJourney(4, 2);
    const text = toMermaidJourney(input, labels);
    expect(text).toBe(
      [
        'journey',
        '  title Big journey 4',
        '  section Stage 1',
        '    TP 1: 1: Website',
        '    TP 2: 2: Online shop, Marketing (analog)',
        '  section Stage 2',
        '    TP 3: 3: Email newsletter, Marketing (digital)',
        '    TP 4: 4: SMS, Sales',
        '',
      ].join('\n'),
    );
  });

  it('replaces what breaks the syntax and keeps umlauts', () => {
    const input = bigJourney(2, 1);
    input.journey = { ...input.journey, name: 'Rücksendung: über die Filiale; #1\nneu' };
    input.stages = [{ ...input.stages[0]!, name: 'Kauf # Übergabe' }];
    input.touchpoints = [
      { ...input.touchpoints[0]!, title: 'Größe: passt nicht; zurück #2', emotion: -2 },
      { ...input.touchpoints[1]!, title: '', emotion: 2 },
    ];
    input.channels = input.channels.map((c, i) => (i === 0 ? { ...c, name: 'Filiale, Köln: Süd' } : c));
    const text = toMermaidJourney(input, labels);
    expect(text).toBe(
      [
        'journey',
        '  title Rücksendung∶ über die Filiale, №1 neu',
        '  section Kauf № Übergabe',
        '    Größe∶ passt nicht, zurück №2: 1: Filiale Köln∶ Süd',
        '    Untitled: 5: Online shop, Marketing (analog)',
        '',
      ].join('\n'),
    );
  });

  it('an empty journey is a valid diagram with only its title', () => {
    const input = bigJourney(0, 0);
    expect(toMermaidJourney({ ...input, journey: { ...emptyRow('journeys', 'j'), name: '' } }, labels)).toBe(
      'journey\n  title Untitled\n',
    );
  });

  it('maps emotion −2…+2 to 1…5', () => {
    expect([-2, -1, 0, 1, 2].map(mermaidScore)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('export file names', () => {
  const day = new Date('2026-11-23T10:00:00Z');
  it('keeps umlauts and drops characters file systems refuse', () => {
    expect(exportFileName(['Kundenreise', 'Rücksendung über die Filiale'], day, 'pdf')).toBe(
      'Kundenreise-Rücksendung über die Filiale-2026-11-23.pdf',
    );
    expect(exportFileName(['Journey', 'A/B: "test"?* <x>|\n.'], day, 'mmd')).toBe('Journey-A B test x-2026-11-23.mmd');
    expect(exportFileName(['', '  '], day, 'png')).toBe('2026-11-23.png');
  });
  it('caps long names', () => {
    expect(exportFileName(['x'.repeat(400)], day, 'pdf').length).toBeLessThan(170);
  });
});
