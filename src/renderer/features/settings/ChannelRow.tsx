import { useTranslation } from 'react-i18next';
import {
  CHANNEL_KINDS,
  OWNERSHIPS,
  type Channel,
  type ChannelKind,
  type Ownership,
} from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { icons } from '../../ui/icons';
import { InlineText } from '../../ui/InlineText';
import { ChannelLimitsButton } from './ChannelLimitsDialog';
import { useCatalogueNameCheck } from './useNameChecks';

type Flag = 'controlled' | 'monitored' | 'back_channel';
const FLAGS: readonly { column: Flag; label: 'channels.controlled' | 'channels.monitored' | 'channels.backChannel' }[] =
  [
    { column: 'controlled', label: 'channels.controlled' },
    { column: 'monitored', label: 'channels.monitored' },
    { column: 'back_channel', label: 'channels.backChannel' },
  ];

/** One active channel as a table row: every property editable where it stands. */
export function ChannelRow({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const { id, name } = channel;
  const check = useCatalogueNameCheck('channels', id);
  const change = <C extends 'kind' | 'online' | 'ownership' | Flag>(column: C, value: Channel[C]) =>
    void commands.apply('changeChannel', [fieldEdit('channels', id, column, value)]);

  return (
    <tr>
      <td>
        <InlineText
          value={name}
          label={t('channels.name', { name })}
          className="catalogue-name-input"
          check={check}
          onCommit={(next) => void commands.apply('renameChannel', [fieldEdit('channels', id, 'name', next)])}
        />
      </td>
      <td>
        <select
          value={channel.kind}
          aria-label={t('channels.kind', { name })}
          onChange={(e) => change('kind', e.target.value as ChannelKind)}
        >
          {CHANNEL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`channels.kinds.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          value={channel.online ? 'online' : 'offline'}
          aria-label={t('channels.reach', { name })}
          onChange={(e) => change('online', e.target.value === 'online')}
        >
          <option value="online">{t('channels.online')}</option>
          <option value="offline">{t('channels.offline')}</option>
        </select>
      </td>
      <td>
        <select
          value={channel.ownership}
          aria-label={t('channels.ownership', { name })}
          onChange={(e) => change('ownership', e.target.value as Ownership)}
        >
          {OWNERSHIPS.map((o) => (
            <option key={o} value={o}>
              {t(`channels.ownerships.${o}`)}
            </option>
          ))}
        </select>
      </td>
      {FLAGS.map(({ column, label }) => (
        <td key={column} className="cell-check">
          <input
            type="checkbox"
            checked={channel[column]}
            aria-label={t(label, { name })}
            onChange={(e) => change(column, e.target.checked)}
          />
        </td>
      ))}
      <td className="cell-actions">
        <ChannelLimitsButton channel={channel} />
        <button
          type="button"
          className="icon-button"
          aria-label={t('channels.archive', { name })}
          title={t('common.archive')}
          onClick={() => void commands.apply('archiveChannel', [fieldEdit('channels', id, 'archived', true)])}
        >
          {icons.archive}
        </button>
      </td>
    </tr>
  );
}
