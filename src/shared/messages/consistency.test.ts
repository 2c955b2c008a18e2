import { describe, expect, it } from 'vitest';
import { channelConstraintsSchema, type CustomerEvent } from '../schema/tables';
import { checkConsistency, type CheckVariant, type ConsistencyInput } from './consistency';
import type { ConsistencyRule } from './findings';

const EMAIL = 'ch_email_01';
const SMS = 'ch_sms_0001';
const STORE = 'ch_store_01';

function variant(id: string, channel: string, body: string, extra: Partial<CheckVariant> = {}): CheckVariant {
  return {
    id,
    message_id: 'm_sofa',
    channel_id: channel,
    condition: null,
    precedence: 0,
    subject: '',
    preheader: '',
    headline: '',
    body,
    cta: '',
    ...extra,
  };
}

function conditional(
  id: string,
  event: CustomerEvent,
  precedence: number,
  channelId: string | null = null,
): CheckVariant {
  return variant(id, EMAIL, 'Danke für Ihr Interesse, {{price}} bei Möbel Nord', {
    subject: 'Hallo',
    condition: { event, channelId },
    precedence,
  });
}

/** A journey that passes every rule; each test breaks one thing. */
function world(change: (w: ConsistencyInput) => void = () => {}): ConsistencyInput {
  const w: ConsistencyInput = {
    journeys: [{ id: 'j_sofa' }, { id: 'j_old', archived: true }],
    touchpoints: [
      { id: 'tp_mail', journey_id: 'j_sofa', channel_id: EMAIL },
      { id: 'tp_sms', journey_id: 'j_sofa', channel_id: SMS },
      { id: 'tp_old', journey_id: 'j_old', channel_id: STORE },
    ],
    channels: [
      { id: EMAIL, constraints: channelConstraintsSchema.parse({ subject: true, subjectMax: 40 }) },
      { id: SMS, constraints: channelConstraintsSchema.parse({ smsMaxSegments: 1, images: false }) },
      { id: STORE, constraints: channelConstraintsSchema.parse({ links: false, bodyMax: 200 }) },
    ],
    facts: [
      { id: 'f_price', key: 'price', value: '49,90 €' },
      { id: 'f_hotline', key: 'hotline', value: '0800 123 456' },
    ],
    messages: [
      {
        id: 'm_sofa',
        journey_id: 'j_sofa',
        touchpoint_id: 'tp_mail',
        headline: 'Das Sofa',
        body: 'Nur {{price}}',
        cta: 'Ansehen',
      },
      {
        id: 'm_sms',
        journey_id: 'j_sofa',
        touchpoint_id: 'tp_sms',
        headline: '',
        body: 'Fragen? {{hotline}}',
        cta: '',
      },
      { id: 'm_old', journey_id: 'j_old', touchpoint_id: 'tp_old', headline: '', body: '{{gone}} billig', cta: '' },
    ],
    variants: [
      variant('v_mail', EMAIL, 'Das Sofa für nur {{price}} bei Möbel Nord.', {
        subject: 'Ihr neues Sofa',
        cta: 'Ansehen',
      }),
      variant('v_store', STORE, 'Probesitzen: {{price}} bei Möbel Nord'),
      variant('v_sms', SMS, 'Möbel Nord: Fragen? {{hotline}}', { message_id: 'm_sms' }),
      variant('v_old', STORE, '{{gone}} billig', { message_id: 'm_old' }),
    ],
    bannedTerms: ['billig'],
    requiredTerms: ['Möbel Nord'],
    lastEdited: new Map([
      ['m_sofa', '2026-03-01T10:00:00.000Z'],
      ['v_mail', '2026-03-02T10:00:00.000Z'],
    ]),
  };
  change(w);
  return w;
}

const byRule = (w: ConsistencyInput, rule: ConsistencyRule) =>
  checkConsistency(w).findings.filter((f) => f.rule === rule);

function setVariant(w: ConsistencyInput, id: string, patch: Partial<CheckVariant>): void {
  w.variants = w.variants.map((v) => (v.id === id ? { ...v, ...patch } : v));
}

describe('checkConsistency', () => {
  it('finds nothing in a consistent journey and scores it 100', () => {
    const report = checkConsistency(world());
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.counts).toEqual({
      error: 0,
      warning: 0,
      info: 0,
      journeys: 1,
      touchpoints: 2,
      messages: 2,
      variants: 3,
    });
  });

  it('checks an archived journey when asked for it by id', () => {
    const report = checkConsistency(world((w) => (w.journeyIds = ['j_old'])));
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'banned_term',
      'banned_term',
      'required_term_missing',
      'unknown_placeholder',
      'unknown_placeholder',
    ]);
    expect(report.counts.variants).toBe(1);
    expect(report.score).toBe(0);
  });

  it('core_serves_channel: a message without a variant for its channel is a note, not an error (#12 defect 12)', () => {
    const noMailVariant = world((w) => (w.variants = w.variants.filter((v) => v.id !== 'v_mail')));
    expect(byRule(noMailVariant, 'channel_without_variant')).toEqual([]);
    const report = checkConsistency(noMailVariant);
    // The core message goes out on the channel: nothing to act on, so the score stays whole.
    expect(report.score).toBe(100);
    expect(report.counts.error).toBe(0);
    expect(byRule(noMailVariant, 'core_serves_channel')).toEqual([
      {
        rule: 'core_serves_channel',
        severity: 'info',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        channelId: EMAIL,
        params: {},
      },
    ]);
    expect(byRule(world(), 'core_serves_channel')).toEqual([]);
  });

  it('number_differs: a number typed in a variant that the core message has otherwise, fact or not (#12 defect 12)', () => {
    const w = world((x) => {
      x.messages = x.messages.map((m) =>
        m.id === 'm_sofa' ? { ...m, body: 'Nur {{price}}, Rückgabe binnen 30 Tagen' } : m,
      );
      setVariant(x, 'v_mail', { body: 'Das Sofa für nur {{price}} bei Möbel Nord, Rückgabe binnen 14 Tagen.' });
      setVariant(x, 'v_store', { body: 'Probesitzen: {{price}} bei Möbel Nord, 30 Tage Rückgabe' });
    });
    expect(byRule(w, 'number_differs')).toEqual([
      {
        rule: 'number_differs',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_mail',
        channelId: EMAIL,
        field: 'body',
        params: { found: '14 Tagen', expected: '30 Tagen', start: 59, end: 67 },
      },
    ]);
    // A kind of number the core message does not mention is the variant's own business.
    const own = world((x) => setVariant(x, 'v_store', { body: 'Probesitzen: {{price}} bei Möbel Nord, 9–18 Uhr' }));
    expect(byRule(own, 'number_differs')).toEqual([]);
  });

  it('number_differs does not repeat a number already reported as contradicting a fact', () => {
    const w = world((x) => {
      x.messages = x.messages.map((m) => (m.id === 'm_sofa' ? { ...m, body: 'Nur 49,90 €' } : m));
      setVariant(x, 'v_store', { body: 'Probesitzen: 39,90 € bei Möbel Nord' });
    });
    expect(byRule(w, 'fact_contradiction').map((f) => f.variantId)).toEqual(['v_store']);
    expect(byRule(w, 'number_differs')).toEqual([]);
  });

  it('channel_without_variant for a touchpoint with no message at all, unless its stage has one', () => {
    const bare = world((w) => {
      w.touchpoints = [
        ...w.touchpoints,
        { id: 'tp_store', journey_id: 'j_sofa', channel_id: STORE, stage_id: 'st_visit' },
      ];
    });
    expect(byRule(bare, 'channel_without_variant')).toEqual([
      {
        rule: 'channel_without_variant',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_store',
        channelId: STORE,
        params: {},
      },
    ]);
    const staged = world((w) => {
      w.touchpoints = [
        ...w.touchpoints,
        { id: 'tp_store', journey_id: 'j_sofa', channel_id: STORE, stage_id: 'st_visit' },
      ];
      w.messages = [
        ...w.messages,
        {
          id: 'm_stage',
          journey_id: 'j_sofa',
          touchpoint_id: null,
          stage_id: 'st_visit',
          headline: '',
          body: 'Möbel Nord',
          cta: '',
        },
      ];
      w.variants = [...w.variants, variant('v_stage', STORE, 'Probesitzen bei Möbel Nord', { message_id: 'm_stage' })];
    });
    expect(byRule(staged, 'channel_without_variant')).toEqual([]);
  });

  it('scores a journey with touchpoints but nothing written low', () => {
    const report = checkConsistency(
      world((w) => {
        w.messages = [];
        w.variants = [];
      }),
    );
    expect(report.findings.map((f) => f.rule)).toEqual(['channel_without_variant', 'channel_without_variant']);
    expect(report.score).toBe(0);
  });

  it('unknown_placeholder', () => {
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Mit {{voucher}} bei Möbel Nord {{price}}' })),
        'unknown_placeholder',
      ),
    ).toEqual([
      {
        rule: 'unknown_placeholder',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        field: 'body',
        params: { key: 'voucher', start: 4, end: 15 },
      },
    ]);
    expect(byRule(world(), 'unknown_placeholder')).toEqual([]);
  });

  it('malformed_placeholder, also in the core message', () => {
    const found = byRule(
      world((w) => (w.messages = w.messages.map((m) => (m.id === 'm_sofa' ? { ...m, body: 'Nur {{price}' } : m)))),
      'malformed_placeholder',
    );
    expect(found).toEqual([
      {
        rule: 'malformed_placeholder',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        field: 'body',
        params: { kind: 'unclosed', start: 4, end: 12, key: 'price' },
      },
    ]);
    expect(byRule(world(), 'malformed_placeholder')).toEqual([]);
  });

  it('fact_contradiction', () => {
    const found = byRule(
      world((w) => setVariant(w, 'v_store', { body: 'Probesitzen: nur 59,90 € bei Möbel Nord' })),
      'fact_contradiction',
    );
    expect(found).toEqual([
      {
        rule: 'fact_contradiction',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        field: 'body',
        params: { factKey: 'price', expected: '49,90 €', found: '59,90 €', start: 17, end: 24 },
      },
    ]);
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Probesitzen: nur 49,90 € bei Möbel Nord' })),
        'fact_contradiction',
      ),
    ).toEqual([]);
  });

  it('over_length, on the rendered text', () => {
    const long = `Möbel Nord ${'x'.repeat(135)} {{hotline}}`; // 11 + 135 + 1 + 12 = 159 characters rendered
    expect(
      byRule(
        world((w) => setVariant(w, 'v_sms', { body: long })),
        'over_length',
      ),
    ).toEqual([]);
    expect(
      byRule(
        world((w) => setVariant(w, 'v_sms', { body: long, cta: 'Jetzt' })),
        'over_length',
      ),
    ).toEqual([
      {
        rule: 'over_length',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_sms',
        messageId: 'm_sms',
        variantId: 'v_sms',
        channelId: SMS,
        field: 'sms',
        params: { constraint: 'sms_segments', limit: 1, actual: 2 },
      },
    ]);
    const subject = byRule(
      world((w) => setVariant(w, 'v_mail', { subject: 's'.repeat(41) })),
      'over_length',
    );
    expect(subject.map((f) => [f.field, f.params])).toEqual([
      ['subject', { constraint: 'max_length', limit: 40, actual: 41 }],
    ]);
  });

  it('channel_constraint', () => {
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Bei Möbel Nord: {{price}}, www.moebel-nord.de' })),
        'channel_constraint',
      ),
    ).toEqual([
      {
        rule: 'channel_constraint',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        field: 'body',
        params: { constraint: 'link_not_allowed', start: 25, end: 43, match: 'www.moebel-nord.de' },
      },
    ]);
    expect(
      byRule(
        world((w) => setVariant(w, 'v_mail', { subject: '' })),
        'channel_constraint',
      ).map((f) => [f.field, f.params.constraint]),
    ).toEqual([['subject', 'field_required']]);
    expect(byRule(world(), 'channel_constraint')).toEqual([]);
  });

  it('banned_term', () => {
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Billig: {{price}} bei Möbel Nord' })),
        'banned_term',
      ),
    ).toEqual([
      {
        rule: 'banned_term',
        severity: 'error',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        field: 'body',
        params: { term: 'billig', start: 0, end: 6 },
      },
    ]);
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Unbilliges Sofa: {{price}} bei Möbel Nord' })),
        'banned_term',
      ),
    ).toEqual([]);
  });

  it('does not count a banned word inside the required brand name', () => {
    const w = world((x) => (x.bannedTerms = ['Möbel']));
    expect(byRule(w, 'banned_term')).toEqual([]);
    expect(
      byRule(
        world((x) => {
          x.bannedTerms = ['Möbel'];
          setVariant(x, 'v_store', { body: 'Möbel: {{price}} bei Möbel Nord' });
        }),
        'banned_term',
      ).map((f) => f.params),
    ).toEqual([{ term: 'Möbel', start: 0, end: 5 }]);
  });

  it('required_term_missing', () => {
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Probesitzen: {{price}}' })),
        'required_term_missing',
      ),
    ).toEqual([
      {
        rule: 'required_term_missing',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        params: { term: 'Möbel Nord' },
      },
    ]);
    // A required term may come from a fact.
    const viaFact = world((w) => {
      w.facts = [...w.facts, { id: 'f_brand', key: 'brand', value: 'Möbel Nord' }];
      setVariant(w, 'v_store', { body: 'Probesitzen: {{price}} bei {{brand}}' });
    });
    expect(byRule(viaFact, 'required_term_missing')).toEqual([]);
  });

  it('drift_missing_fact', () => {
    expect(
      byRule(
        world((w) => setVariant(w, 'v_store', { body: 'Probesitzen bei Möbel Nord' })),
        'drift_missing_fact',
      ),
    ).toEqual([
      {
        rule: 'drift_missing_fact',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_store',
        channelId: STORE,
        params: { factKey: 'price' },
      },
    ]);
    expect(byRule(world(), 'drift_missing_fact')).toEqual([]);
  });

  it('drift_stale', () => {
    const stale = world(
      (w) =>
        (w.lastEdited = new Map([
          ['m_sofa', '2026-03-03T09:00:00.000Z-0000-0123456789abcdef'],
          ['v_mail', '2026-03-02T10:00:00.000Z'],
        ])),
    );
    expect(byRule(stale, 'drift_stale')).toEqual([
      {
        rule: 'drift_stale',
        severity: 'info',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_mail',
        channelId: EMAIL,
        params: {
          messageEdited: '2026-03-03T09:00:00.000Z-0000-0123456789abcdef',
          variantEdited: '2026-03-02T10:00:00.000Z',
        },
      },
    ]);
    const onRow = world((w) => {
      w.lastEdited = new Map([['m_sofa', '2026-03-01T10:00:00.000Z']]);
      setVariant(w, 'v_mail', { lastEdited: '2026-02-01T00:00:00.000Z' });
    });
    expect(byRule(onRow, 'drift_stale').map((f) => f.variantId)).toEqual(['v_mail']);
    expect(byRule(world(), 'drift_stale')).toEqual([]);
  });

  it('condition_never_applies', () => {
    const shadowed = world(
      (w) =>
        (w.variants = [
          ...w.variants,
          conditional('v_any', 'store_visited', 1),
          conditional('v_here', 'store_visited', 2, STORE),
        ]),
    );
    expect(byRule(shadowed, 'condition_never_applies')).toEqual([
      {
        rule: 'condition_never_applies',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        variantId: 'v_here',
        channelId: EMAIL,
        params: { reason: 'shadowed', byVariantId: 'v_any' },
      },
    ]);
    const ordered = world(
      (w) =>
        (w.variants = [
          ...w.variants,
          conditional('v_any', 'store_visited', 2),
          conditional('v_here', 'store_visited', 1, STORE),
        ]),
    );
    expect(byRule(ordered, 'condition_never_applies')).toEqual([]);
  });

  it('no_default_variant', () => {
    const noDefault = world((w) => {
      w.variants = [...w.variants.filter((v) => v.id !== 'v_mail'), conditional('v_clicked', 'newsletter_clicked', 0)];
    });
    expect(byRule(noDefault, 'no_default_variant')).toEqual([
      {
        rule: 'no_default_variant',
        severity: 'warning',
        journeyId: 'j_sofa',
        touchpointId: 'tp_mail',
        messageId: 'm_sofa',
        channelId: EMAIL,
        params: {},
      },
    ]);
    expect(
      byRule(
        world((w) => (w.variants = [...w.variants, conditional('v_clicked', 'newsletter_clicked', 0)])),
        'no_default_variant',
      ),
    ).toEqual([]);
  });

  it('scores by weighted findings per variant', () => {
    // One error (banned term) and one warning (missing required term) among 3 variants: 1 - 1.5/3 = 50.
    const report = checkConsistency(world((w) => setVariant(w, 'v_store', { body: 'billig {{price}}' })));
    expect(report.findings.map((f) => f.rule)).toEqual(['banned_term', 'required_term_missing']);
    expect(report.score).toBe(50);
  });
});
