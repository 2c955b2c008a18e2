import type { TFunction } from 'i18next';
import type { VariantCondition, VariantField } from '../../../shared/messages';
import type { Channel, Variant } from '../../../shared/schema/tables';

/** Names the Messages section shows for channels, conditions, variants and fields, in the interface language. */

export function channelName(
  t: TFunction,
  channels: ReadonlyMap<string, Channel>,
  id: string | null | undefined,
): string {
  if (!id) return t('messages.labels.noChannel');
  const channel = channels.get(id);
  if (!channel) return t('messages.labels.deletedChannel');
  return channel.name || t(`channels.kinds.${channel.kind}`);
}

export function conditionText(
  t: TFunction,
  channels: ReadonlyMap<string, Channel>,
  condition: VariantCondition | null,
): string {
  if (condition === null) return t('messages.labels.default');
  const event = t(`messages.events.${condition.event}`);
  return condition.channelId === null
    ? t('messages.labels.condition', { event })
    : t('messages.labels.conditionOn', { event, channel: channelName(t, channels, condition.channelId) });
}

/** "Email newsletter · Default", "SMS · If: Visited a store". */
export function variantName(
  t: TFunction,
  channels: ReadonlyMap<string, Channel>,
  variant: Pick<Variant, 'channel_id' | 'condition'>,
): string {
  return t('messages.labels.variant', {
    channel: channelName(t, channels, variant.channel_id),
    condition: conditionText(t, channels, variant.condition),
  });
}

export function fieldName(t: TFunction, field: VariantField | 'sms'): string {
  return t(`messages.fields.${field}`);
}

/** The placeholder as typed, for messages that show it: `{{price}}`. Built here so catalogues never hold literal braces. */
export function placeholderOf(key: string): string {
  return `{{${key}}}`;
}

/** An event a customer did: "Visited a store", "Clicked in the newsletter (Email newsletter)". */
export function eventText(
  t: TFunction,
  channels: ReadonlyMap<string, Channel>,
  e: { event: VariantCondition['event']; channelId?: string | null },
): string {
  const event = t(`messages.events.${e.event}`);
  return e.channelId ? t('messages.labels.eventOn', { event, channel: channelName(t, channels, e.channelId) }) : event;
}
