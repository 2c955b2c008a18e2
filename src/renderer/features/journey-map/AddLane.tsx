import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsWithoutLane, type MapModel } from '../../../shared/map/model';
import type { Channel } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';

/**
 * The "add channel" lane: lanes show only the channels a journey uses, so a
 * new channel gets its lane here first, then takes touchpoints.
 */
export function AddLane({
  model,
  channels,
  onOpen,
}: {
  model: MapModel;
  channels: readonly Channel[];
  onOpen: (channelId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const free = channelsWithoutLane(model, channels);
  if (free.length === 0) return <p className="add-lane-none muted">{t('map.lane.noneLeft')}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    onOpen(choice);
    setChoice('');
  };
  return (
    <form className="add-lane-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('map.lane.addLabel')}
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('map.lane.add')}</option>
        {free.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="icon-button"
        aria-label={t('map.lane.open')}
        title={t('map.lane.open')}
        disabled={!choice}
      >
        {icons.plus}
      </button>
    </form>
  );
}
