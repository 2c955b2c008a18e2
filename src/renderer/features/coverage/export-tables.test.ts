import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../../shared/analysis';
import { createI18n } from '../../i18n';
import { fileName, findingsTable, matrixTable } from './export-tables';
import { namesOf } from './names';
import { everyFindingWorkspace } from './test-workspace';

const i18n = createI18n('en');
const en = i18n.getFixedT('en');
const de = i18n.getFixedT('de');
const { data, ids } = everyFindingWorkspace();
const analysis = analyzeWorkspace(data);
const names = namesOf(data);
const journeyMatrix = analysis.coverage.journeys.find((c) => c.journeyId === ids.journey)!;

describe('matrixTable', () => {
  it('writes one row per stage × channel, empty cells included, plus touchpoints without a channel', () => {
    const table = matrixTable(en, journeyMatrix, names, 'Bike purchase');
    expect(table.header).toEqual([
      'Journey',
      'Stage',
      'Channel',
      'Touchpoints',
      'Owner departments',
      'Supporting departments',
      'Touchpoint titles',
    ]);
    // 4 stages × 6 channels, and the Service stage has a touchpoint without channel.
    expect(table.rows).toHaveLength(4 * 6 + 1);
    expect(table.rows).toContainEqual([
      'Bike purchase',
      'Inspiration',
      'Website',
      2,
      'Marketing, Kundendienstleistungsabteilungsleitung',
      '',
      'Landing page | Chat, "live"',
    ]);
    expect(table.rows).toContainEqual(['Bike purchase', 'Delivery', 'Website', 0, '', '', '']);
    expect(table.rows).toContainEqual([
      'Bike purchase',
      'Service',
      'No channel',
      1,
      'Kundendienstleistungsabteilungsleitung',
      '',
      'Somewhere',
    ]);
  });

  it('speaks the interface language in its header', () => {
    expect(matrixTable(de, journeyMatrix, names, 'x').header).toEqual([
      'Kundenreise',
      'Phase',
      'Kanal',
      'Kontaktpunkte',
      'Verantwortliche Abteilungen',
      'Unterstützende Abteilungen',
      'Titel der Kontaktpunkte',
    ]);
  });
});

describe('findingsTable', () => {
  it('writes each finding with severity, kind, journey, sentence, where and who', () => {
    const table = findingsTable(en, 'en', analysis.findings, names);
    expect(table.rows).toHaveLength(analysis.findings.length);
    const silo = table.rows.find((r) => r[1] === 'Silo hand-off')!;
    expect(silo).toEqual([
      'High',
      'Silo hand-off',
      'Bike purchase',
      'Hand-off from Kundendienstleistungsabteilungsleitung to Marketing without context: “Chat, "live"” (Website) → “Order mail” (Email).',
      'Inspiration → Purchase',
      'Website → Email',
      'Kundendienstleistungsabteilungsleitung, Marketing',
      'Chat, "live" | Order mail',
    ]);
    const empty = table.rows.find((r) => r[1] === 'Stage without touchpoint' && r[2] === 'Complaint')!;
    expect(empty.slice(4)).toEqual(['Contact', '', '', '']);
  });
});

describe('fileName', () => {
  it('keeps names readable and drops characters file systems refuse', () => {
    const date = new Date('2026-05-04T10:00:00Z');
    expect(fileName(['findings', 'Click & collect: buy / pick up?'], date)).toBe(
      'findings-Click & collect buy pick up-2026-05-04.csv',
    );
    expect(fileName(['abdeckungsmatrix', 'Kundenreise „Küche“'], date)).toBe(
      'abdeckungsmatrix-Kundenreise „Küche“-2026-05-04.csv',
    );
  });
});
