import type { TFunction } from 'i18next';
import type { SimulationStep } from '../../../../shared/messages';
import type { Channel, Variant } from '../../../../shared/schema/tables';
import { channelName, eventText } from '../labels';

/** Why the customer gets this variant (or none) at a step, in words. */
export function reasonText(
  t: TFunction,
  step: SimulationStep<Variant>,
  variants: readonly Variant[],
  channels: ReadonlyMap<string, Channel>,
): string {
  const channel = channelName(t, channels, step.channelId);
  const reason = step.reason;
  switch (reason.kind) {
    case 'condition':
      return t('messages.simulator.reason.condition', {
        event: eventText(t, channels, reason.condition),
        n: reason.eventIndex + 1,
      });
    case 'default': {
      const conditional = variants.some(
        (v) => v.message_id === step.messageId && v.channel_id === step.channelId && v.condition !== null,
      );
      return conditional ? t('messages.simulator.reason.defaultUnmet') : t('messages.simulator.reason.default');
    }
    case 'none': {
      const any = variants.some((v) => v.message_id === step.messageId && v.channel_id === step.channelId);
      return any
        ? t('messages.simulator.reason.noneApplies', { channel })
        : t('messages.simulator.reason.noVariant', { channel });
    }
    case 'no_message':
      return t('messages.simulator.reason.noMessage');
    case 'no_channel':
      return t('messages.simulator.reason.noChannel');
  }
}
