import { describe, expect, it } from 'vitest';
import { emptyRow, type CustomerEvent } from '../schema/tables';
import { journeyFixture } from '../journey/testing';
import { orderTouchpoints, simulateJourney, type SimVariant } from './simulator';

const EMAIL = 'ch_email_01';
const SMS = 'ch_sms_0001';
const STORE = 'ch_store_01';

const stages = [
  { id: 'st_buy', sort_key: 'V' },
  { id: 'st_inspire', sort_key: 'F' },
  { id: 'st_gone', sort_key: 'A', tombstone: true },
];
const touchpoints = [
  { id: 'tp_store', stage_id: 'st_buy', channel_id: STORE, sort_key: 'V' },
  { id: 'tp_sms', stage_id: 'st_buy', channel_id: SMS, sort_key: 'F' },
  { id: 'tp_mail', stage_id: 'st_inspire', channel_id: EMAIL, sort_key: 'V' },
  { id: 'tp_loose', stage_id: 'st_gone', channel_id: EMAIL, sort_key: 'A' },
  { id: 'tp_old', stage_id: 'st_inspire', channel_id: EMAIL, sort_key: 'A', archived: true },
];
const messages = [
  { id: 'm_mail', stage_id: 'st_inspire', touchpoint_id: 'tp_mail' },
  { id: 'm_buy', stage_id: 'st_buy', touchpoint_id: null },
  { id: 'm_store', stage_id: 'st_buy', touchpoint_id: 'tp_store' },
];

function variant(
  id: string,
  message: string,
  channel: string,
  body: string,
  event: CustomerEvent | null = null,
  precedence = 0,
): SimVariant {
  return {
    id,
    message_id: message,
    channel_id: channel,
    precedence,
    condition: event ? { event, channelId: null } : null,
    subject: '',
    preheader: '',
    headline: '',
    body,
    cta: '',
  };
}

const variants = [
  variant('v_mail', 'm_mail', EMAIL, 'Neu: Sofa für {{price}}'),
  variant('v_sms', 'm_buy', SMS, 'Ihr Sofa wartet: {{price}}'),
  variant('v_sms_cart', 'm_buy', SMS, 'Noch im Warenkorb: {{price}} {{voucher}}', 'cart_abandoned'),
  variant('v_store', 'm_store', STORE, 'Probesitzen in der Filiale'),
  variant('v_store_mail', 'm_store', STORE, 'Schön, dass Sie nach dem Newsletter kommen', 'newsletter_clicked'),
];
const facts = new Map([['price', '499 €']]);

describe('orderTouchpoints', () => {
  it('orders by stage, then sort key; drops archived ones; puts stageless ones last', () => {
    expect(orderTouchpoints(stages, touchpoints, []).map((t) => t.id)).toEqual([
      'tp_mail',
      'tp_sms',
      'tp_store',
      'tp_loose',
    ]);
  });
});

describe('the order a customer meets the touchpoints', () => {
  it('is the map’s: steps in time within a stage, parallel ones in lane order, unplaced ones by lane', () => {
    const f = journeyFixture({
      touchpoints: ['0/0/V:Confirm', '0/2/A:Call', '0/1/A:Mail', '1/1/-:Visit', '1/0/-:Leaflet', '1/2/B:Survey'],
    });
    const rows = f.rows();
    const walked = orderTouchpoints(rows.stages, rows.touchpoints, rows.channels).map((t) => t.title);
    expect(walked).toEqual(['Mail', 'Call', 'Confirm', 'Leaflet', 'Visit', 'Survey']);
    expect(walked).toEqual(f.slice().touchpoints.map((t) => t.title));
  });
});

describe('simulateJourney', () => {
  it('gives defaults along a path without events', () => {
    const steps = simulateJourney({ stages, touchpoints, channels: [], messages, variants, facts, path: [] });
    expect(steps.map((s) => [s.touchpointId, s.variant?.id ?? null, s.reason.kind])).toEqual([
      ['tp_mail', 'v_mail', 'default'],
      ['tp_sms', 'v_sms', 'default'],
      ['tp_store', 'v_store', 'default'],
      ['tp_loose', null, 'no_message'],
    ]);
    expect(steps[0]?.rendered?.body).toBe('Neu: Sofa für 499 €');
    expect(steps[1]?.messageId).toBe('m_buy');
  });

  it('lets events count only from the step they happen before', () => {
    const steps = simulateJourney({
      stages,
      channels: [],
      touchpoints,
      messages,
      variants,
      facts,
      path: [
        { event: 'newsletter_clicked', channelId: EMAIL, before: 1 },
        { event: 'cart_abandoned', before: 2 },
      ],
    });
    expect(steps.map((s) => s.variant?.id ?? null)).toEqual(['v_mail', 'v_sms', 'v_store_mail', null]);
    expect(steps[2]?.reason).toEqual({
      kind: 'condition',
      condition: { event: 'newsletter_clicked', channelId: null },
      eventIndex: 0,
    });
    expect(steps[1]?.history).toEqual([{ event: 'newsletter_clicked', channelId: EMAIL, before: 1 }]);
  });

  it('takes events without a position as known from the start, and reports unknown placeholders', () => {
    const steps = simulateJourney({
      stages,
      channels: [],
      touchpoints,
      messages,
      variants,
      facts,
      path: [{ event: 'cart_abandoned' }],
    });
    expect(steps[1]?.variant?.id).toBe('v_sms_cart');
    expect(steps[1]?.rendered?.body).toBe('Noch im Warenkorb: 499 € {{voucher}}');
    expect(steps[1]?.unknown).toEqual({ body: [{ key: 'voucher', start: 29, end: 40 }] });
  });

  it('reports none when the message has no variant for the channel', () => {
    const steps = simulateJourney({
      stages,
      channels: [],
      touchpoints,
      messages,
      variants: variants.filter((x) => x.channel_id !== STORE),
      facts,
      path: [],
    });
    expect(steps[2]).toMatchObject({
      touchpointId: 'tp_store',
      messageId: 'm_store',
      variant: null,
      reason: { kind: 'none' },
      rendered: null,
    });
  });
});

describe('simulateJourney with stored rows', () => {
  it('accepts the rows of the replicated tables as they are', () => {
    const stage = { ...emptyRow('stages', 'stage_0001'), sort_key: 'V' };
    const tp = { ...emptyRow('touchpoints', 'touch_0001'), stage_id: stage.id, channel_id: SMS, sort_key: 'V' };
    const message = { ...emptyRow('messages', 'messg_0001'), touchpoint_id: tp.id };
    const v = { ...emptyRow('variants', 'varnt_0001'), message_id: message.id, channel_id: SMS, body: 'Nur {{price}}' };
    const steps = simulateJourney({
      stages: [stage],
      channels: [],
      touchpoints: [tp],
      messages: [message],
      variants: [v],
      facts,
      path: [],
    });
    expect(steps.map((s) => [s.variant?.id, s.rendered?.body])).toEqual([['varnt_0001', 'Nur 499 €']]);
  });
});
