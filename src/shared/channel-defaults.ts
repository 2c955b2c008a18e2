import { DEFAULT_CHANNELS } from './default-catalogue';
import { channelConstraintsSchema, type ChannelKind, type RowFields } from './schema/tables';

/**
 * The fields a new channel of a kind starts with: reach, ownership, back
 * channel and message limits as the default catalogue has them for that kind
 * (an e-mail channel has subject and preheader limits from the start), and
 * sensible guesses for kinds the catalogue does not carry.
 */
export function channelDefaults(kind: ChannelKind): RowFields<'channels'> {
  const def = DEFAULT_CHANNELS.find((c) => c.kind === kind);
  if (def)
    return {
      kind,
      online: def.online,
      ownership: def.ownership,
      controlled: def.controlled,
      monitored: def.monitored,
      back_channel: def.backChannel,
      constraints: def.constraints,
    };
  const offline: readonly ChannelKind[] = ['store', 'shop_window', 'call_centre', 'print', 'reseller'];
  const ownership =
    kind === 'search_ads'
      ? 'paid'
      : kind === 'social' || kind === 'review_site'
        ? 'earned'
        : kind === 'reseller'
          ? 'third_party'
          : 'owned';
  return {
    kind,
    online: !offline.includes(kind),
    ownership,
    controlled: ownership === 'owned' || ownership === 'paid',
    monitored: true,
    back_channel: false,
    constraints: channelConstraintsSchema.parse({}),
  };
}
