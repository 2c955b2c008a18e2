import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onlyServing, type BackstageFate } from '../../../shared/journey/backstage';
import { Dialog } from '../../ui/Dialog';
import { AddTouchpointForm } from './AddTouchpointForm';
import type { MapUiStore } from './map-ui-store';
import { decodeTime, encodeTime, TimePicker } from './TimePicker';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/** Add, move, archive and add-backstage by keyboard: the same as double-click and drag, in a form. */
export function MapDialogs({ data, ui, actions }: { data: MapData; ui: MapUiStore; actions: MapActions }) {
  const { t } = useTranslation();
  const dialog = useStore(ui, (s) => s.dialog);
  const close = () => ui.getState().openDialog(null);
  const subject =
    dialog?.kind === 'move' || dialog?.kind === 'archive' ? data.view.touchpoints.get(dialog.id) : undefined;
  const title =
    dialog?.kind === 'add'
      ? t('map.add.title')
      : dialog?.kind === 'addBackstage'
        ? t('map.backstage.addTitle')
        : dialog?.kind === 'archive'
          ? t('map.archive.title', { title: subject?.title ?? '' })
          : t('map.move.title', { title: subject?.title ?? '' });
  const open = dialog !== null && (dialog.kind === 'add' || dialog.kind === 'addBackstage' || subject !== undefined);
  return (
    <Dialog open={open} title={title} onClose={close}>
      {dialog?.kind === 'add' ? (
        <AddTouchpointForm data={data} actions={actions} place={dialog.place} onDone={close} />
      ) : null}
      {dialog?.kind === 'move' && subject ? (
        <MoveForm data={data} actions={actions} id={subject.id} onDone={close} />
      ) : null}
      {dialog?.kind === 'archive' && subject ? (
        <ArchiveForm data={data} actions={actions} id={subject.id} onDone={close} />
      ) : null}
      {dialog?.kind === 'addBackstage' ? (
        <AddBackstageForm
          data={data}
          actions={actions}
          touchpointId={dialog.touchpointId}
          departmentId={dialog.departmentId ?? null}
          time={dialog.time ? encodeTime(dialog.time) : null}
          onDone={close}
        />
      ) : null}
    </Dialog>
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
  const id = useId();
  const { view } = data;
  const tp = view.touchpoints.get(tpId)!;
  const step = view.slice.stepOf.get(tpId);
  const channels = data.channels.filter((c) => !c.tombstone && !c.archived);
  const [stageId, setStageId] = useState(tp.stage_id ?? view.stages[0]?.id ?? '');
  const [channelId, setChannelId] = useState(tp.channel_id ?? '');
  const [when, setWhen] = useState(step ? encodeTime({ kind: 'step', stepId: step.id }) : '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = decodeTime(when) ?? { kind: 'gap' as const, stageId, gap: Number.MAX_SAFE_INTEGER };
    onDone();
    actions.move(tpId, target, channelId);
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
              const index = view.stages.findIndex((s) => s.id === e.target.value);
              setWhen(
                encodeTime({ kind: 'gap', stageId: e.target.value, gap: view.slice.stepsByStage[index]?.length ?? 0 }),
              );
            }}
          >
            {view.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-channel`}>{t('map.move.channel')}</label>
          <select id={`${id}-channel`} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
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
        <TimePicker
          id={`${id}-position`}
          view={view}
          stageId={stageId}
          value={when}
          exclude={tpId}
          onChange={setWhen}
        />
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

/** Deleting a touchpoint asks what happens to the backstage steps that serve only it. */
function ArchiveForm({
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
  const id = useId();
  const steps = onlyServing(data.slice, tpId);
  const [fate, setFate] = useState<BackstageFate>('keep');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone();
    actions.archiveWith(tpId, fate);
  };
  return (
    <form className="form" onSubmit={submit}>
      <p>{t('map.archive.question', { count: steps.length })}</p>
      <ul className="archive-steps">
        {steps.map((b) => (
          <li key={b.id}>{b.title || t('map.backstage.untitled')}</li>
        ))}
      </ul>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t('map.archive.legend')}</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-fate`}
            checked={fate === 'keep'}
            onChange={() => setFate('keep')}
            autoFocus
          />
          <span>{t('map.archive.keep', { count: steps.length })}</span>
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-fate`} checked={fate === 'archive'} onChange={() => setFate('archive')} />
          <span>{t('map.archive.archiveToo', { count: steps.length })}</span>
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('map.archive.confirm')}
        </button>
      </div>
    </form>
  );
}

function AddBackstageForm({
  data,
  actions,
  touchpointId,
  departmentId,
  time,
  onDone,
}: {
  data: MapData;
  actions: MapActions;
  touchpointId: string | null;
  departmentId: string | null;
  time: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { view } = data;
  const served = touchpointId ? view.touchpoints.get(touchpointId) : undefined;
  const [title, setTitle] = useState('');
  const [department, setDepartment] = useState(departmentId ?? served?.owner_department_id ?? '');
  const [serves, setServes] = useState(touchpointId ?? '');
  const initialTime = time ? decodeTime(time) : null;
  const [stageId, setStageId] = useState(
    (initialTime?.kind === 'gap' ? initialTime.stageId : undefined) ?? view.stages[0]?.id ?? '',
  );
  const [when, setWhen] = useState(time ?? encodeTime({ kind: 'gap', stageId, gap: 0 }));
  const [problem, setProblem] = useState(false);
  const departments = data.departments.filter((d) => !d.tombstone && !d.archived);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setProblem(true);
    onDone();
    actions.createBackstage({
      title,
      departmentId: department || null,
      touchpointId: serves || null,
      time: serves ? undefined : (decodeTime(when) ?? undefined),
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('map.backstage.title')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          autoFocus
          maxLength={200}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {problem ? (
          <p id={`${id}-problem`} className="form-problem" role="alert">
            {t('map.backstage.titleRequired')}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor={`${id}-dept`}>{t('map.backstage.department')}</label>
          <select id={`${id}-dept`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('map.backstage.noDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-serves`}>{t('map.backstage.servesField')}</label>
          <select id={`${id}-serves`} value={serves} onChange={(e) => setServes(e.target.value)}>
            <option value="">{t('map.backstage.servesNothing')}</option>
            {view.slice.touchpoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.title || t('map.card.untitled')}
              </option>
            ))}
          </select>
        </div>
      </div>
      {serves ? null : (
        <div className="form-row">
          <div className="field grow">
            <label htmlFor={`${id}-stage`}>{t('map.add.stage')}</label>
            <select
              id={`${id}-stage`}
              value={stageId}
              onChange={(e) => {
                setStageId(e.target.value);
                setWhen(encodeTime({ kind: 'gap', stageId: e.target.value, gap: 0 }));
              }}
            >
              {view.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor={`${id}-when`}>{t('map.move.position')}</label>
            <TimePicker id={`${id}-when`} view={view} stageId={stageId} value={when} onChange={setWhen} />
          </div>
        </div>
      )}
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
