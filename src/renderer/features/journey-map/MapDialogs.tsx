import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctLabels } from '../../../shared/names';
import { useStore } from 'zustand';
import { cellOf } from '../../../shared/map/model';
import { Dialog } from '../../ui/Dialog';
import type { MapUiStore } from './map-ui-store';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/** Add and move by keyboard: the same as double-click and drag, in a form. */
export function MapDialogs({ data, ui, actions }: { data: MapData; ui: MapUiStore; actions: MapActions }) {
  const { t } = useTranslation();
  const dialog = useStore(ui, (s) => s.dialog);
  const close = () => ui.getState().openDialog(null);
  const moving = dialog?.kind === 'move' ? data.model.touchpoints.get(dialog.id) : undefined;
  const title = dialog?.kind === 'add' ? t('map.add.title') : t('map.move.title', { title: moving?.title ?? '' });
  return (
    <Dialog open={dialog !== null && (dialog.kind === 'add' || moving !== undefined)} title={title} onClose={close}>
      {dialog?.kind === 'add' ? <AddForm data={data} actions={actions} initial={dialog.cell} onDone={close} /> : null}
      {dialog?.kind === 'move' && moving ? (
        <MoveForm data={data} actions={actions} id={moving.id} onDone={close} />
      ) : null}
    </Dialog>
  );
}

/** Channels a touchpoint can go to: the open lanes and every other active channel (its lane opens with it). */
function useChannelChoices(data: MapData) {
  return data.channels.filter((c) => !c.tombstone && !c.archived);
}

function AddForm({
  data,
  actions,
  initial,
  onDone,
}: {
  data: MapData;
  actions: MapActions;
  initial: { stageId?: string; channelId?: string | null };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  // Two stages of one name read apart ("Research (2)").
  const stageLabels = useMemo(() => distinctLabels(data.model.stages, (s) => s.name), [data.model.stages]);
  const id = useId();
  const channels = useChannelChoices(data);
  const firstLane = data.model.lanes.find((l) => !l.closed)?.channelId;
  const [stageId, setStageId] = useState(initial.stageId ?? data.model.stages[0]?.id ?? '');
  const [channelId, setChannelId] = useState(initial.channelId ?? firstLane ?? channels[0]?.id ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem(true);
    onDone();
    actions.create({ stageId, channelId }, name);
  };
  if (channels.length === 0)
    return (
      <>
        <p>{t('map.add.noChannels')}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </>
    );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('map.add.name')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={name}
          autoFocus
          maxLength={200}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {problem ? (
          <p id={`${id}-problem`} className="form-problem" role="alert">
            {t('map.add.titleRequired')}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor={`${id}-stage`}>{t('map.add.stage')}</label>
          <select id={`${id}-stage`} value={stageId} onChange={(e) => setStageId(e.target.value)}>
            {data.model.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageLabels.get(s.id) ?? s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-channel`}>{t('map.add.channel')}</label>
          <select id={`${id}-channel`} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('map.add.create')}
        </button>
      </div>
    </form>
  );
}

function MoveForm({
  data,
  actions,
  id: tpId,
  onDone,
}: {
  data: MapData;
  actions: MapActions;
  id: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  // Two stages of one name read apart ("Research (2)").
  const stageLabels = useMemo(() => distinctLabels(data.model.stages, (s) => s.name), [data.model.stages]);
  const id = useId();
  const tp = data.model.touchpoints.get(tpId)!;
  const channels = useChannelChoices(data);
  const [stageId, setStageId] = useState(tp.stage_id ?? '');
  const [channelId, setChannelId] = useState(tp.channel_id ?? '');
  const others = cellOf(data.model, stageId, channelId).filter((x) => x.id !== tpId);
  const [position, setPosition] = useState('last');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const index =
      position === 'first' ? 0 : position === 'last' ? others.length : others.findIndex((o) => o.id === position) + 1;
    onDone();
    actions.move(tpId, { stageId, channelId }, index);
  };
  return (
    <form className="form" onSubmit={submit}>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor={`${id}-stage`}>{t('map.move.stage')}</label>
          <select
            id={`${id}-stage`}
            value={stageId}
            autoFocus
            onChange={(e) => {
              setStageId(e.target.value);
              setPosition('last');
            }}
          >
            {data.model.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageLabels.get(s.id) ?? s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-channel`}>{t('map.move.channel')}</label>
          <select
            id={`${id}-channel`}
            value={channelId}
            onChange={(e) => {
              setChannelId(e.target.value);
              setPosition('last');
            }}
          >
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-position`}>{t('map.move.position')}</label>
        <select id={`${id}-position`} value={position} onChange={(e) => setPosition(e.target.value)}>
          <option value="first">{t('map.move.first')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {t('map.move.after', { title: o.title })}
            </option>
          ))}
          <option value="last">{t('map.move.last')}</option>
        </select>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('map.move.move')}
        </button>
      </div>
    </form>
  );
}
