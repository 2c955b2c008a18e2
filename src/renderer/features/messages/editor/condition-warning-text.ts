import type { TFunction } from 'i18next';
import type { ConditionWarning } from '../../../../shared/messages';
import type { Channel, Variant } from '../../../../shared/schema/tables';
import { channelName, variantName } from '../labels';

/** A condition warning in words, naming the variant that wins instead or the channel concerned. */
export function conditionWarningText(
  t: TFunction,
  w: Pick<ConditionWarning, 'kind' | 'channelId' | 'byVariantId' | 'conditionChannelId'>,
  variants: readonly Variant[],
  channels: ReadonlyMap<string, Channel>,
): string {
  const winner = variants.find((v) => v.id === w.byVariantId);
  const by = winner ? variantName(t, channels, winner) : t('messages.labels.anotherVariant');
  const channel = channelName(t, channels, w.channelId);
  switch (w.kind) {
    case 'unknown_channel':
      return t('messages.conditionWarnings.unknown_channel');
    case 'archived_channel':
      return t('messages.conditionWarnings.archived_channel', {
        channel: channelName(t, channels, w.conditionChannelId),
      });
    case 'shadowed':
      return t('messages.conditionWarnings.shadowed', { by });
    case 'duplicate':
      return t('messages.conditionWarnings.duplicate', { by });
    case 'duplicate_default':
      return t('messages.conditionWarnings.duplicate_default', { by });
    case 'no_default':
      return t('messages.conditionWarnings.no_default', { channel });
  }
}
