import { describe, expect, it } from 'vitest';
import type { CustomerEvent } from '../schema/tables';
import { chooseVariant, conditionWarnings, type ConditionalVariant } from './conditions';

const EMAIL = 'ch_email_01';
const STORE = 'ch_store_01';
const SMS = 'ch_sms_0001';

function v(
  id: string,
  event: CustomerEvent | null,
  precedence = 0,
  conditionChannel: string | null = null,
  channel = EMAIL,
): ConditionalVariant {
  return {
    id,
    channel_id: channel,
    precedence,
    condition: event === null ? null : { event, channelId: conditionChannel },
  };
}

const channels = new Map([
  [EMAIL, {}],
  [STORE, {}],
  [SMS, { archived: true }],
]);

describe('chooseVariant', () => {
  const variants = [
    v('default', null),
    v('clicked', 'newsletter_clicked', 1),
    v('visited', 'store_visited', 2),
    v('cart', 'cart_abandoned', 0),
    v('other-channel', 'purchased', 0, null, STORE),
  ];

  it('falls back to the default variant when no condition matches', () => {
    expect(chooseVariant(variants, EMAIL, [{ event: 'complained' }])).toEqual({
      variant: variants[0],
      reason: { kind: 'default' },
    });
    expect(chooseVariant(variants, EMAIL, []).reason).toEqual({ kind: 'default' });
  });

  it('chooses the matching conditional variant and says which event matched', () => {
    const r = chooseVariant(variants, EMAIL, [
      { event: 'hotline_called' },
      { event: 'store_visited', channelId: STORE },
    ]);
    expect(r.variant?.id).toBe('visited');
    expect(r.reason).toEqual({
      kind: 'condition',
      condition: { event: 'store_visited', channelId: null },
      eventIndex: 1,
    });
  });

  it('prefers the lower precedence number when several match', () => {
    const history = [
      { event: 'store_visited' as const },
      { event: 'newsletter_clicked' as const },
      { event: 'cart_abandoned' as const },
    ];
    expect(chooseVariant(variants, EMAIL, history).variant?.id).toBe('cart');
    expect(chooseVariant(variants, EMAIL, history.slice(0, 2)).variant?.id).toBe('clicked');
  });

  it('tries a condition naming a channel before a general one of equal precedence', () => {
    const list = [v('general', 'store_visited', 5), v('specific', 'store_visited', 5, STORE)];
    expect(chooseVariant(list, EMAIL, [{ event: 'store_visited', channelId: STORE }]).variant?.id).toBe('specific');
    expect(chooseVariant(list, EMAIL, [{ event: 'store_visited', channelId: 'elsewhere' }]).variant?.id).toBe(
      'general',
    );
  });

  it('matches a channel-specific condition only on that channel', () => {
    const list = [v('d', null), v('store-call', 'hotline_called', 0, STORE)];
    expect(chooseVariant(list, EMAIL, [{ event: 'hotline_called' }]).variant?.id).toBe('d');
    expect(chooseVariant(list, EMAIL, [{ event: 'hotline_called', channelId: STORE }]).variant?.id).toBe('store-call');
  });

  it('ignores variants of other channels and deleted ones; none when nothing applies', () => {
    expect(chooseVariant(variants, SMS, [])).toEqual({ variant: null, reason: { kind: 'none' } });
    const deleted = { ...v('d', null), tombstone: true };
    expect(chooseVariant([deleted], EMAIL, []).variant).toBeNull();
    expect(chooseVariant(variants, STORE, [{ event: 'purchased' }]).variant?.id).toBe('other-channel');
  });

  it('breaks ties by id so every client agrees', () => {
    expect(chooseVariant([v('b', 'purchased'), v('a', 'purchased')], EMAIL, [{ event: 'purchased' }]).variant?.id).toBe(
      'a',
    );
  });
});

describe('conditionWarnings', () => {
  it('is silent for a clean set', () => {
    expect(conditionWarnings([v('d', null), v('c', 'purchased'), v('s', 'store_visited', 0, STORE)], channels)).toEqual(
      [],
    );
  });

  it('warns about conditions on missing or archived channels', () => {
    expect(
      conditionWarnings(
        [v('d', null), v('x', 'hotline_called', 0, 'ch_gone_001'), v('y', 'hotline_called', 1, SMS)],
        channels,
      ),
    ).toEqual([
      { kind: 'unknown_channel', channelId: EMAIL, variantId: 'x', conditionChannelId: 'ch_gone_001' },
      { kind: 'archived_channel', channelId: EMAIL, variantId: 'y', conditionChannelId: SMS },
    ]);
  });

  it('warns when a broader earlier condition shadows a later specific one', () => {
    const list = [v('d', null), v('broad', 'store_visited', 0), v('narrow', 'store_visited', 1, STORE)];
    expect(conditionWarnings(list, channels)).toEqual([
      { kind: 'shadowed', channelId: EMAIL, variantId: 'narrow', byVariantId: 'broad' },
    ]);
  });

  it('does not warn when the specific condition comes first', () => {
    expect(
      conditionWarnings(
        [v('d', null), v('broad', 'store_visited', 1), v('narrow', 'store_visited', 0, STORE)],
        channels,
      ),
    ).toEqual([]);
  });

  it('warns about duplicate conditions and duplicate defaults', () => {
    const list = [v('d1', null, 0), v('d2', null, 1), v('a', 'purchased', 0), v('b', 'purchased', 3)];
    expect(conditionWarnings(list, channels)).toEqual([
      { kind: 'duplicate_default', channelId: EMAIL, variantId: 'd2', byVariantId: 'd1' },
      { kind: 'duplicate', channelId: EMAIL, variantId: 'b', byVariantId: 'a' },
    ]);
  });

  it('warns when a channel has conditional variants but no default', () => {
    expect(conditionWarnings([v('a', 'purchased'), v('s', null, 0, null, STORE)], channels)).toEqual([
      { kind: 'no_default', channelId: EMAIL },
    ]);
  });
});
