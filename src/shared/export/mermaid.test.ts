import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import { buildJourneySlice } from '../journey';
import { journeyFixture } from '../journey/testing';
import { JOURNEY_TEMPLATES } from '../templates';
import { exportFileName } from './file-name';
import { mermaidScore, toMermaidJourney } from './mermaid';
import { bigJourney, HOSTILE_TITLES, templateRows } from './test-journeys';

const labels = { untitled: 'Untitled', unnamedStage: 'Unnamed stage' };

/**
 * What Mermaid's journey lexer makes of a line (its rules, in order, first
 * match wins, case-insensitive): enough to check that every task line is one
 * task name, its score and its actors. The e2e test parses with the real package.
 */
function tokens(line: string): string[] {
  const rules: [RegExp, string | null][] = [
    [/^%(?!\{)[^\n]*/i, null],
    [/^[^}]%%[^\n]*/i, null],
    [/^\s+/i, null],
    [/^#[^\n]*/i, null],
    [/^journey\b/i, 'journey'],
    [/^title\s[^#\n;]+/i, 'title'],
    [/^accTitle\s*:\s*/i, 'acc_title'],
    [/^accDescr\s*:\s*/i, 'acc_descr'],
    [/^accDescr\s*\{\s*/i, 'acc_descr_multiline'],
    [/^section\s[^#:\n;]+/i, 'section'],
    [/^[^#:\n;]+/i, 'taskName'],
    [/^:[^#\n;]+/i, 'taskData'],
    [/^:/i, ':'],
    [/^./i, 'INVALID'],
  ];
  const out: string[] = [];
  let rest = line;
  while (rest.length > 0) {
    const rule = rules.find(([re]) => re.test(rest))!;
    const match = rule[0].exec(rest)![0];
    if (rule[1]) out.push(rule[1]);
    rest = rest.slice(match.length);
  }
  return out;
}

function checkGrammar(text: string): void {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('journey');
  expect(tokens(lines[1]!)).toEqual(['title']);
  for (const line of lines.slice(2)) {
    if (line.startsWith('  section ')) expect(tokens(line), line).toEqual(['section']);
    else expect(tokens(line), line).toEqual(['taskName', 'taskData']);
  }
}

const tasks = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('    '))
    .map((l) => l.trim());

describe('Mermaid journey text', () => {
  it('writes tasks in time order with the channel in the name and the departments as actors', () => {
    const f = journeyFixture({
      stages: 2,
      touchpoints: ['0/2/V:Hotline call', '0/0/F:Confirmation mail', '0/1/F:Push', '1/0/F:Survey'],
      emotions: { 'Hotline call': -2, Survey: 2 },
      owners: { 'Hotline call': 2, 'Confirmation mail': 0 },
    });
    f.apply([
      {
        table: 'touchpoints',
        row: f.id('Hotline call'),
        column: 'supporting_department_ids',
        value: ['dept-00001', 'dept-00002'],
      },
    ]);
    expect(toMermaidJourney(f.slice(), labels)).toBe(
      [
        'journey',
        '  title Test journey',
        '  section S0',
        // Confirmation mail and Push are parallel (one step), in lane order; the hotline call comes after them.
        '    Confirmation mail (C0): 3: D0',
        '    Push (C1): 3',
        '    Hotline call (C2): 1: D2, D1',
        '  section S1',
        '    Survey (C0): 5',
        '',
      ].join('\n'),
    );
  });

  it('every template gives a task per touchpoint, in time order, in valid journey syntax', () => {
    for (const language of ['de', 'en'] as const) {
      JOURNEY_TEMPLATES.forEach((_, i) => {
        const slice = buildJourneySlice(templateRows(language, i));
        const text = toMermaidJourney(slice, labels);
        checkGrammar(text);
        expect(tasks(text).length).toBe(slice.touchpoints.length);
        slice.touchpoints.forEach((tp, k) =>
          expect(tasks(text)[k]!.startsWith(tp.title.replace(/:/g, '∶'))).toBe(true),
        );
        expect(text).toContain(`  title ${slice.journey.name.replace(/:/g, '∶')}\n`);
      });
    }
  });

  it('makes hostile titles safe: keywords, colons, hashes, semicolons, percent signs, line breaks', () => {
    const f = journeyFixture({
      stages: 1,
      channels: 1,
      touchpoints: HOSTILE_TITLES.map((_, i) => `0/0/${String.fromCharCode(65 + i)}:T${i}`),
    });
    const edits: FieldEdit[] = HOSTILE_TITLES.map((title, i) => ({
      table: 'touchpoints' as const,
      row: f.id(`T${i}`),
      column: 'title',
      value: title,
    }));
    edits.push({
      table: 'journeys' as const,
      row: 'journey-0001',
      column: 'name',
      value: 'journey: "Kauf" #1; 100% 🛒',
    });
    edits.push({ table: 'stages' as const, row: 'stage-0000', column: 'name', value: 'section: Übergabe #2' });
    edits.push({ table: 'channels' as const, row: 'chan-00000', column: 'name', value: 'Filiale: Köln; Süd' });
    edits.push({
      table: 'departments' as const,
      row: 'dept-00000',
      column: 'name',
      value: 'Service, 1st level: Hotline',
    });
    for (let i = 0; i < HOSTILE_TITLES.length; i++)
      edits.push({ table: 'touchpoints', row: f.id(`T${i}`), column: 'owner_department_id', value: 'dept-00000' });
    const text = toMermaidJourney(f.apply(edits), labels);
    checkGrammar(text);
    const lines = text.split('\n');
    expect(lines[1]).toBe('  title journey∶ "Kauf" ＃1, 100% 🛒');
    expect(lines[2]).toBe('  section section∶ Übergabe ＃2');
    expect(tasks(text).length).toBe(HOSTILE_TITLES.length);
    // A keyword at the start gets an invisible word joiner in front; the text reads as it was.
    expect(tasks(text)[0]).toBe('\u2060journey to the store (Filiale∶ Köln, Süd): 3: Service 1st level∶ Hotline');
    for (const task of tasks(text)) expect(task.endsWith(': 3: Service 1st level∶ Hotline')).toBe(true);
    expect(text).not.toMatch(/%%/);
  });

  it('an empty journey is a valid diagram with only its title; an untitled one uses the label', () => {
    const f = journeyFixture({ stages: 0 });
    const slice = f.apply([{ table: 'journeys', row: 'journey-0001', column: 'name', value: '  ' }]);
    expect(toMermaidJourney(slice, labels)).toBe('journey\n  title Untitled\n');
  });

  it('a big journey keeps every touchpoint', () => {
    const slice = bigJourney(500, 12, { parallelEvery: 3 });
    const text = toMermaidJourney(slice, labels);
    checkGrammar(text);
    expect(tasks(text).map((t) => t.split(' (')[0])).toEqual(slice.touchpoints.map((tp) => tp.title));
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
