import type { CoverageDoc } from './coverage-doc';

/** A coverage document of `rows` stages, `channels` channels and `findings` findings, for the layout tests. Used by tests only. */
export function coverageFixture(rows: number, channels: number, findings: number): CoverageDoc {
  return {
    language: 'en',
    title: 'Coverage: Whole workspace',
    subtitle: 'Exported 23 November 2026',
    labels: {
      page: 'Page {page} of {pages}',
      verdict: 'Maturity verdict',
      scores: 'Dimensions',
      overall: 'Overall',
      matrix: 'Stages × channels',
      stage: 'Stage',
      findings: 'Findings',
      noFindings: 'No findings.',
      departments: 'Departments',
      noOwner: 'No owner',
      notApplicable: 'n/a',
      heatmap: 'Departments × stages',
      byChannel: 'Departments × channels',
      department: 'Department',
      total: 'Total',
      continued: '(continued)',
      noDepartments: 'No department owns a touchpoint here yet.',
    },
    level: 'Multichannel',
    verdict: 'Multichannel, not yet cross-channel',
    reasons: ['Channels side by side.'],
    next: { title: 'What cross-channel still needs', items: ['A switch between channels.'] },
    scores: [
      { label: 'Channel breadth', value: 50 },
      { label: 'Message consistency', value: null },
    ],
    overall: 40,
    findings: Array.from({ length: findings }, (_, i) => ({
      severity: 'low' as const,
      severityLabel: 'Low',
      text: `Finding ${i + 1} ${'with a long explanation '.repeat(i % 7)}`,
    })),
    matrix: {
      channels: Array.from({ length: channels }, (_, i) => `Channel ${i + 1}`),
      rows: Array.from({ length: rows }, (_, r) => ({
        name: `Stage ${r + 1}`,
        cells: Array.from({ length: channels }, (_, c) => ({ count: (r + c) % 3, colours: ['#2563eb'] })),
      })),
    },
    departments: [{ name: 'Marketing', colour: '#2563eb' }],
    heatmap: {
      columns: Array.from({ length: rows }, (_, r) => `Stage ${r + 1}`),
      rows:
        rows === 0
          ? []
          : [{ name: 'Marketing', colour: '#2563eb', counts: Array.from({ length: rows }, (_, r) => r % 4) }],
    },
    byChannel: {
      columns: Array.from({ length: channels }, (_, c) => `Channel ${c + 1}`),
      rows:
        channels === 0
          ? []
          : [{ name: 'Marketing', colour: '#2563eb', counts: Array.from({ length: channels }, (_, c) => c % 5) }],
    },
  };
}
