import { describe, expect, it } from 'vitest';
import {
  channelConstraintsSchema,
  emptyRow,
  type Channel,
  type Message,
  type Touchpoint,
  type Variant,
} from '../schema/tables';
import {
  channelVariants,
  conditionEdits,
  coreEdits,
  messageOf,
  moveVariantEdits,
  newVariantEdits,
  smsReplacementEdits,
} from './message-edits';

const tp: Touchpoint = {
  ...emptyRow('touchpoints', 'tp-000001'),
  journey_id: 'journey-01',
  stage_id: 'stage-0001',
  channel_id: 'ch-email-1',
};
const email: Channel = {
  ...emptyRow('channels', 'ch-email-1'),
  kind: 'email',
  constraints: channelConstraintsSchema.parse({ subject: true }),
};
const message: Message = {
  ...emptyRow('messages', 'message-01'),
  touchpoint_id: tp.id,
  headline: 'Nur {{price}}',
  body: 'Text',
  cta: 'Los',
};

function variant(
  id: string,
  event: Variant['condition'] extends infer C ? (C extends { event: infer E } ? E : never) | null : never,
  precedence = 0,
): Variant {
  return {
    ...emptyRow('variants', id),
    message_id: message.id,
    channel_id: email.id,
    precedence,
    condition: event === null ? null : { event, channelId: null },
  };
}

describe('core message edits', () => {
  it('creates the message with its first field, and later writes only fields', () => {
    expect(coreEdits(tp, undefined, { headline: 'Hallo' }, 'message-new')).toEqual([
      { table: 'messages', row: 'message-new', column: 'journey_id', value: 'journey-01' },
      { table: 'messages', row: 'message-new', column: 'stage_id', value: 'stage-0001' },
      { table: 'messages', row: 'message-new', column: 'touchpoint_id', value: 'tp-000001' },
      { table: 'messages', row: 'message-new', column: 'headline', value: 'Hallo' },
    ]);
    expect(coreEdits(tp, message, { body: 'Neu' }, 'unused')).toEqual([
      { table: 'messages', row: 'message-01', column: 'body', value: 'Neu' },
    ]);
  });

  it('finds the touchpoint message with the lowest id', () => {
    expect(messageOf([{ ...message, id: 'message-02' }, message], tp.id)?.id).toBe('message-01');
  });
});

describe('new variants', () => {
  const ids = { variant: 'variant-new', message: 'message-new' };
  const fields = (edits: { row: string; column: string; value: unknown }[]) =>
    Object.fromEntries(edits.filter((e) => e.row === 'variant-new').map((e) => [e.column, e.value]));

  it('derives the first variant of a channel from the core message, as its default', () => {
    const v = fields(newVariantEdits(tp, message, [], email, ids).edits);
    expect(v).toMatchObject({
      channel_id: email.id,
      headline: 'Nur {{price}}',
      subject: 'Nur {{price}}',
      body: 'Text',
      cta: 'Los',
      condition: null,
    });
  });

  it('gives a later variant of the channel a condition no sibling uses, tried last', () => {
    const v = fields(
      newVariantEdits(
        tp,
        message,
        [variant('v-default', null), variant('v-opened', 'newsletter_opened', 3)],
        email,
        ids,
      ).edits,
    );
    expect(v).toMatchObject({ condition: { event: 'newsletter_clicked', channelId: null }, precedence: 4 });
  });

  it('creates the message first when the touchpoint has none', () => {
    const { edits, messageId } = newVariantEdits(tp, undefined, [], email, ids);
    expect(messageId).toBe('message-new');
    expect(edits[0]).toMatchObject({ table: 'messages', row: 'message-new', column: 'journey_id' });
  });
});

describe('order and conditions', () => {
  const all = [
    variant('v-a', 'newsletter_opened', 0),
    variant('v-b', 'store_visited', 0),
    variant('v-c', 'purchased', 5),
    variant('v-default', null),
  ];

  it('lists conditional variants in the order tried, the default last', () => {
    expect(channelVariants(all, email.id).map((v) => v.id)).toEqual(['v-a', 'v-b', 'v-c', 'v-default']);
  });

  it('moves a variant by numbering the conditional ones 0, 1, 2, writing only what changes', () => {
    expect(moveVariantEdits(all, all[2]!, -1)).toEqual([
      { table: 'variants', row: 'v-c', column: 'precedence', value: 1 },
      { table: 'variants', row: 'v-b', column: 'precedence', value: 2 },
    ]);
    expect(moveVariantEdits(all, all[0]!, -1)).toEqual([]);
    expect(moveVariantEdits(all, all[3]!, 1)).toEqual([]);
  });

  it('turns a default into a conditional variant tried after the others', () => {
    expect(conditionEdits(all, all[3]!, { event: 'hotline_called', channelId: null })).toEqual([
      { table: 'variants', row: 'v-default', column: 'condition', value: { event: 'hotline_called', channelId: null } },
      { table: 'variants', row: 'v-default', column: 'precedence', value: 6 },
    ]);
    expect(conditionEdits(all, all[0]!, null)).toEqual([
      { table: 'variants', row: 'v-a', column: 'condition', value: null },
    ]);
  });
});

describe('SMS replacements', () => {
  it('replaces curly quotes and dashes in the fields as shown, and leaves emoji and clean fields alone', () => {
    const v = variant('v-sms', null);
    const texts = { subject: '', preheader: '', headline: 'Hallo', body: '„Jetzt“ – los 🚲', cta: '' };
    expect(smsReplacementEdits(v, texts)).toEqual([
      { table: 'variants', row: 'v-sms', column: 'body', value: '"Jetzt" - los 🚲' },
    ]);
  });
});
