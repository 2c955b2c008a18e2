import { describe, expect, it } from 'vitest';
import {
  FINDING_KINDS,
  REASON_KEYS,
  analyzeWorkspace,
  type Finding,
  type Reason,
  type ReasonKey,
} from '../../../shared/analysis';
import { createI18n } from '../../i18n';
import { namesOf } from './names';
import { everyFindingWorkspace } from './test-workspace';
import { findingText, ladderOf, levelInline, listOf, reasonText, verdictLine } from './texts';

const i18n = createI18n('en');
const en = i18n.getFixedT('en');
const de = i18n.getFixedT('de');
const { data } = everyFindingWorkspace();
const analysis = analyzeWorkspace(data);
const names = namesOf(data);

/** Params as the analysis fills them, for every reason key. */
const REASONS: Record<ReasonKey, Reason['params']> = {
  no_touchpoints: {},
  one_channel: { channels: 1, touchpoints: 4 },
  channels_side_by_side: { channels: 3, transitions: 0 },
  channel_switches: { switches: 4, transitions: 6, channels: 3 },
  omni_criteria_met: { transitions: 6, touchpoints: 9 },
  needs_second_channel: { channels: 1 },
  needs_channel_switch: { channels: 2, transitions: 0 },
  handoffs_lose_context: { lost: 4, total: 9 },
  department_handoffs_lose_context: { lost: 1, total: 3 },
  touchpoints_without_back_channel: { missing: 2, total: 9 },
  touchpoints_without_owner: { missing: 1, total: 9 },
  messages_not_derived: { missing: 3, total: 9 },
  no_journeys: {},
  empty_journeys: { count: 2 },
  weakest_journeys: { level: 'cross', count: 2, total: 5 },
  journeys_below: { level: 'omni', count: 5, total: 5 },
};

function expectFinished(text: string): void {
  expect(text).not.toMatch(/\{\{|\}\}|coverage\.|undefined|NaN/);
  expect(text.length).toBeGreaterThan(10);
}

describe('finding sentences', () => {
  it('the fixture has every finding kind', () => {
    expect(new Set(analysis.findings.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
  });

  it('every finding reads as a finished sentence in English and German', () => {
    for (const f of analysis.findings) {
      expectFinished(findingText(en, 'en', f, names));
      expectFinished(findingText(de, 'de', f, names));
    }
  });

  it('names the departments, channels and touchpoints with their own names', () => {
    const silo = analysis.findings.find((f) => f.kind === 'silo_handoff')!;
    expect(findingText(en, 'en', silo, names)).toBe(
      'Hand-off from Kundendienstleistungsabteilungsleitung to Marketing without context: “Chat, "live"” (Website) → “Order mail” (Email).',
    );
    expect(findingText(de, 'de', silo, names)).toBe(
      'Übergabe von Kundendienstleistungsabteilungsleitung an Marketing ohne Kontext: „Chat, "live"“ (Website) → „Order mail“ (Email).',
    );
    const overlap = analysis.findings.find((f) => f.kind === 'overlap')!;
    expect(findingText(en, 'en', overlap, names)).toBe(
      'Marketing and Kundendienstleistungsabteilungsleitung all own touchpoints on Website in “Inspiration” (2 touchpoints).',
    );
    expect(findingText(de, 'de', overlap, names)).toContain(
      'Marketing und Kundendienstleistungsabteilungsleitung verantworten',
    );
  });

  it('tells the three ways of lacking an owner and the three unwatched gaps apart', () => {
    const texts = (kind: Finding['kind']) =>
      analysis.findings.filter((f) => f.kind === kind).map((f) => findingText(en, 'en', f, names));
    expect(texts('no_owner')).toEqual(
      expect.arrayContaining([
        '“Dealer” (Reseller, Purchase) has no owner department.',
        '“Window” (Shop window, Service) belongs to an archived department.',
        '“Help page” (Website, Service) belongs to a department that no longer exists.',
      ]),
    );
    expect(texts('unwatched_channel').join('\n')).toMatch(
      /neither controls nor monitors[\s\S]*does not control[\s\S]*does not monitor/,
    );
  });

  it('fills in missing names instead of leaving gaps', () => {
    const bare: Finding = {
      id: 'x',
      kind: 'no_back_channel',
      severity: 'low',
      journeyId: 'j',
      touchpointIds: [],
      params: { touchpoint: '', stage: '', channel: '' },
    };
    expect(findingText(en, 'en', bare, names)).toBe(
      'The customer cannot answer at “untitled touchpoint” (no channel, unnamed stage).',
    );
    const anonymous: Finding = {
      ...bare,
      kind: 'preferred_channel_missing',
      severity: 'medium',
      params: { stage: 'Kauf', position: 1, channel: 'App', persona: '' },
    };
    expect(findingText(de, 'de', anonymous, names)).toBe(
      '„Kauf“ hat keinen Kontaktpunkt im Kanal App, den die Persona bevorzugt.',
    );
  });
});

describe('reasons and verdict', () => {
  it('every reason key reads as a finished sentence in both languages', () => {
    for (const key of REASON_KEYS) {
      expectFinished(reasonText(en, { key, params: REASONS[key] }));
      expectFinished(reasonText(de, { key, params: REASONS[key] }));
    }
  });

  it('agrees the verb with the number', () => {
    expect(reasonText(en, { key: 'handoffs_lose_context', params: { lost: 4, total: 9 } })).toBe(
      '4 of 9 hand-offs lose context.',
    );
    expect(reasonText(en, { key: 'handoffs_lose_context', params: { lost: 1, total: 9 } })).toBe(
      '1 of 9 hand-offs loses context.',
    );
    expect(reasonText(de, { key: 'handoffs_lose_context', params: { lost: 4, total: 9 } })).toBe(
      '4 von 9 Übergaben verlieren den Kontext.',
    );
    expect(reasonText(de, { key: 'handoffs_lose_context', params: { lost: 1, total: 9 } })).toBe(
      '1 von 9 Übergaben verliert den Kontext.',
    );
  });

  it('says "the only" or "all" when the part is the whole, never "1 of 1 journeys is"', () => {
    const weakest = { key: 'weakest_journeys', params: { count: 1, total: 1, level: 'multi' } } as const;
    expect(reasonText(en, weakest)).toBe('The only journey is at multichannel.');
    expect(reasonText(de, weakest)).toBe('Die einzige Kundenreise steht bei Multichannel.');
    expect(reasonText(en, { key: 'handoffs_lose_context', params: { lost: 1, total: 1 } })).toBe(
      'The only hand-off loses context.',
    );
    expect(reasonText(de, { key: 'touchpoints_without_owner', params: { missing: 3, total: 3 } })).toBe(
      'Keiner der 3 Kontaktpunkte hat eine verantwortliche Abteilung.',
    );
    expect(reasonText(de, { key: 'channel_switches', params: { switches: 2, transitions: 5 } })).toBe(
      'Der Kunde kann den Kanal wechseln: 2 von 5 Übergaben wechseln den Kanal.',
    );
  });

  it('says the level and the next step in plain words', () => {
    expect(verdictLine(en, 'cross', { level: 'omni', unmet: [] })).toBe('Cross-channel, not yet omnichannel');
    expect(verdictLine(de, 'cross', { level: 'omni', unmet: [] })).toBe('Crosschannel, noch nicht Omnichannel');
    expect(verdictLine(en, 'omni', null)).toBe('Omnichannel: every criterion is met');
    expect(reasonText(en, { key: 'journeys_below', params: REASONS.journeys_below })).toBe(
      'All 5 journeys are not yet omnichannel.',
    );
    expect(levelInline(en, 'unknown')).toBe('unknown');
  });

  it('puts the current level on the ladder', () => {
    expect(ladderOf('cross').map((s) => s.state)).toEqual(['reached', 'reached', 'current', 'ahead']);
    expect(ladderOf('single').map((s) => s.state)).toEqual(['current', 'ahead', 'ahead', 'ahead']);
  });

  it('lists names the way each language does', () => {
    expect(listOf('en', ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(listOf('de', ['A', 'B', 'C'])).toBe('A, B und C');
  });
});
