import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/contract';
import { LABELS_EN } from '../../shared/export/test-journeys';
import type { CoverageDoc } from '../../shared/export/coverage-doc';
import type { Channel, Department } from '../../shared/schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES } from '../../shared/templates';
import { testService } from './test-service';

async function setup() {
  const { service, call } = testService({ systemLanguage: 'de-DE', now: () => Date.parse('2026-11-23T09:00:00Z') });
  const { id: workspaceId } = (await call('workspaces.create', { name: 'Marke', language: 'de' })) as { id: string };
  const departments = (await call('rows.list', { workspaceId, table: 'departments' })) as Department[];
  const channels = (await call('rows.list', { workspaceId, table: 'channels' })) as Channel[];
  const template = buildFromTemplate(JOURNEY_TEMPLATES[1]!, {
    language: 'de',
    departments,
    channels,
    name: 'Rücksendung über die Filiale',
  });
  await call('edits.apply', { workspaceId, label: 'journey.create', edits: template.edits });
  return { service, call, workspaceId, journeyId: template.journeyId };
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const doc: CoverageDoc = {
  language: 'de',
  title: 'Abdeckung – Rücksendung über die Filiale',
  subtitle: '23. November 2026',
  labels: {
    page: 'Seite {page} von {pages}',
    verdict: 'Reifegrad',
    scores: 'Dimensionen',
    overall: 'Gesamt',
    matrix: 'Phasen × Kanäle',
    stage: 'Phase',
    findings: 'Befunde',
    noFindings: 'Keine Befunde',
    departments: 'Abteilungen',
    noOwner: 'Ohne Zuständigkeit',
    notApplicable: 'n. a.',
    heatmap: 'Abteilungen × Phasen',
    byChannel: 'Abteilungen × Kanäle',
    department: 'Abteilung',
    total: 'Summe',
    continued: '(Fortsetzung)',
    noDepartments: 'Keine Abteilung',
  },
  level: 'Cross-Channel',
  verdict: 'Cross-Channel, noch nicht Omnichannel',
  reasons: ['Kunden wechseln 3-mal den Kanal.'],
  next: { title: 'Für Omnichannel fehlt noch', items: ['2 von 5 Übergaben verlieren den Kontext.'] },
  scores: [
    { label: 'Kanalbreite', value: 67 },
    { label: 'Nachrichten', value: null },
  ],
  overall: 54,
  findings: Array.from({ length: 300 }, (_, i) => ({
    severity: 'high' as const,
    severityLabel: 'Hoch',
    text: `Befund Nummer ${i + 1} über Größenänderungen`,
  })),
  matrix: {
    channels: ['Website', 'Filiale'],
    rows: [
      {
        name: 'Kauf',
        cells: [
          { count: 2, colours: ['#2563eb'] },
          { count: 0, colours: [] },
        ],
      },
    ],
  },
  departments: [{ name: 'Marketing', colour: '#2563eb' }],
  heatmap: { columns: ['Kauf'], rows: [{ name: 'Marketing', colour: '#2563eb', counts: [2] }] },
  byChannel: { columns: ['Website'], rows: [{ name: 'Marketing', colour: '#2563eb', counts: [2] }] },
};

describe('export handlers', () => {
  it('writes the journey map as a PDF with the font embedded and a sanitised German file name', async () => {
    const { service, call, workspaceId, journeyId } = await setup();
    for (const paper of ['a4', 'a3'] as const) {
      const out = (await call('export.journeyPdf', {
        workspaceId,
        journeyId,
        paper,
        labels: { ...LABELS_EN, kind: 'Kundenreise' },
      })) as ExportedFile;
      // The paper is in the name: A4 and A3 of one journey are two files.
      expect(out.fileName).toBe(`Kundenreise-Rücksendung über die Filiale-${paper.toUpperCase()}-2026-11-23.pdf`);
      const pdf = Buffer.from(out.base64, 'base64');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = pdf.toString('latin1');
      expect(raw).toContain('/FontFile2');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
      // The template has a backstage and a row of what the customer thinks: the map fills the first page, its legend and
      // key messages may follow on a second.
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
      expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    }
    await service.close();
  });

  it('writes the coverage document on as many pages as its findings need', async () => {
    const { service, call, workspaceId, journeyId } = await setup();
    const out = (await call('export.coveragePdf', {
      workspaceId,
      journeyId,
      paper: 'a4',
      document: doc,
    })) as ExportedFile;
    expect(out.fileName).toBe('Abdeckung – Rücksendung über die Filiale-A4-2026-11-23.pdf');
    const pdf = Buffer.from(out.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(3);
    const whole = (await call('export.coveragePdf', {
      workspaceId,
      journeyId: null,
      paper: 'a3',
      document: doc,
    })) as ExportedFile;
    expect(pageCount(Buffer.from(whole.base64, 'base64'))).toBeGreaterThan(1);
    await service.close();
  });

  it('refuses unknown journeys and bad input with a clear error', async () => {
    const { service, call, workspaceId, journeyId } = await setup();
    await expect(
      call('export.journeyPdf', { workspaceId, journeyId: 'nope-0000000000', paper: 'a4', labels: LABELS_EN }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      call('export.journeyPdf', { workspaceId, journeyId, paper: 'letter', labels: LABELS_EN }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      call('export.journeyPdf', { workspaceId, journeyId, paper: 'a4', labels: { kind: 'x' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const badColour = { ...doc, departments: [{ name: 'X', colour: 'red; evil' }] };
    await expect(
      call('export.coveragePdf', { workspaceId, journeyId: null, paper: 'a4', document: badColour }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await service.close();
  });
});
