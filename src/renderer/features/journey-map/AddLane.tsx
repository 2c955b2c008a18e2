import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsWithoutLane, departmentsWithoutLane } from '../../../shared/map/map-view';
import { icons } from '../../ui/icons';
import type { MapData } from './useMapData';

/**
 * The "add lane" row: lanes show only the channels (or backstage
 * departments) a journey uses, so a new one gets its lane here first. The lane
 * is kept with the journey, even empty, until it is closed.
 */
export function AddLane({
  data,
  kind,
  onOpen,
}: {
  data: MapData;
  kind: 'channel' | 'department';
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const free =
    kind === 'channel'
      ? channelsWithoutLane(data.view, data.channels)
      : departmentsWithoutLane(data.view, data.departments);
  const texts =
    kind === 'channel'
      ? {
          none: t('map.lane.noneLeft'),
          label: t('map.lane.addLabel'),
          add: t('map.lane.add'),
          open: t('map.lane.open'),
        }
      : {
          none: t('map.backstage.noneLeft'),
          label: t('map.backstage.addLaneLabel'),
          add: t('map.backstage.addLane'),
          open: t('map.backstage.openLane'),
        };
  if (free.length === 0) return <p className="add-lane-none muted">{texts.none}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    onOpen(choice);
    setChoice('');
  };
  return (
    <form className="add-lane-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {texts.label}
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{texts.add}</option>
        {free.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" className="icon-button" aria-label={texts.open} title={texts.open} disabled={!choice}>
        {icons.plus}
      </button>
    </form>
  );
}
