import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEdit } from '../../../shared/changes';
import { CHANNEL_KINDS, type ChannelKind } from '../../../shared/schema/tables';
import { channelDefaults } from '../../../shared/channel-defaults';
import { newChannelEdits, newDepartmentEdits } from '../../../shared/catalogue-edits';
import { distinctLabels } from '../../../shared/names';
import type { AddPlace } from './map-ui-store';
import { asStageTarget, decodeTime, encodeTime, stageOfTime, TimePicker } from './TimePicker';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

const NEW = '__new';
const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A new touchpoint in a form: title, where in time, channel and owner. A
 * missing channel or department is created right here, in the same undo step,
 * so a first journey needs no trip to the settings.
 */
export function AddTouchpointForm({
  data,
  actions,
  place,
  onDone,
}: {
  data: MapData;
  actions: MapActions;
  place: AddPlace;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { view } = data;
  const channels = data.channels.filter((c) => !c.tombstone && !c.archived);
  const departments = data.departments.filter((d) => !d.tombstone && !d.archived);
  const initialTime = place.time ? asStageTarget(view, place.time) : undefined;
  const initialStage = (initialTime && stageOfTime(view, initialTime)) ?? place.stageId ?? view.stages[0]?.id ?? '';
  const endOf = (stageId: string) => {
    const index = view.stages.findIndex((s) => s.id === stageId);
    return encodeTime({ kind: 'gap', stageId, gap: view.slice.stepsByStage[index]?.length ?? 0 });
  };
  const firstLane = view.lanes.find((l) => !l.closed)?.channelId;
  const [stageId, setStageId] = useState(initialStage);
  // Two stages of one name (allowed, with a warning) must still be told apart here.
  const stageLabels = useMemo(() => distinctLabels(view.stages, (s) => s.name), [view.stages]);
  const [when, setWhen] = useState(initialTime ? encodeTime(initialTime) : endOf(initialStage));
  const [channelId, setChannelId] = useState(place.channelId ?? firstLane ?? channels[0]?.id ?? NEW);
  const [newChannel, setNewChannel] = useState({ name: '', kind: 'website' as ChannelKind });
  const [owner, setOwner] = useState('');
  const [newDepartment, setNewDepartment] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem('title');
    const before: FieldEdit[] = [];
    let channel: { id: string; back_channel: boolean } | undefined = channels.find((c) => c.id === channelId);
    if (channelId === NEW) {
      const channelName = newChannel.name.trim();
      if (!channelName) return setProblem('channel');
      if (data.channels.some((c) => !c.tombstone && same(c.name, channelName))) return setProblem('channelExists');
      const edits = newChannelEdits(data.channels, channelName, newChannel.kind);
      before.push(...edits);
      channel = { id: edits[0]!.row, back_channel: channelDefaults(newChannel.kind).back_channel ?? false };
    }
    if (!channel) return setProblem('channel');
    let ownerId: string | null = owner || null;
    if (owner === NEW) {
      const deptName = newDepartment.trim();
      if (!deptName) return setProblem('department');
      if (data.departments.some((d) => !d.tombstone && same(d.name, deptName))) return setProblem('departmentExists');
      const edits = newDepartmentEdits(data.departments, deptName);
      before.push(...edits);
      ownerId = edits[0]!.row;
    }
    const time = decodeTime(when) ?? { kind: 'gap' as const, stageId, gap: Number.MAX_SAFE_INTEGER };
    onDone();
    actions.create({ time, channel, title: name, ownerDepartmentId: ownerId, before });
  };

  const problemText: Record<string, string> = {
    title: t('map.add.titleRequired'),
    channel: t('map.add.channelRequired'),
    channelExists: t('map.add.channelExists'),
    department: t('map.add.departmentRequired'),
    departmentExists: t('map.add.departmentExists'),
  };
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
          aria-invalid={problem === 'title' || undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor={`${id}-stage`}>{t('map.add.stage')}</label>
          <select
            id={`${id}-stage`}
            value={stageId}
            onChange={(e) => {
              setStageId(e.target.value);
              setWhen(endOf(e.target.value));
            }}
          >
            {view.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageLabels.get(s.id) ?? s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-when`}>{t('map.add.when')}</label>
          <TimePicker id={`${id}-when`} view={view} stageId={stageId} value={when} onChange={setWhen} />
        </div>
      </div>
      <div className="form-row">
        <div className="field grow">
          <label htmlFor={`${id}-channel`}>{t('map.add.channel')}</label>
          <select id={`${id}-channel`} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW}>{t('map.add.newChannel')}</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-owner`}>{t('map.panel.owner')}</label>
          <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('map.panel.noOwner')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
            <option value={NEW}>{t('map.add.newDepartment')}</option>
          </select>
        </div>
      </div>
      {channelId === NEW ? (
        <div className="form-row">
          <div className="field grow">
            <label htmlFor={`${id}-cname`}>{t('map.add.newChannelName')}</label>
            <input
              id={`${id}-cname`}
              type="text"
              value={newChannel.name}
              maxLength={200}
              aria-invalid={problem === 'channel' || problem === 'channelExists' || undefined}
              onChange={(e) => setNewChannel({ ...newChannel, name: e.target.value })}
            />
          </div>
          <div className="field grow">
            <label htmlFor={`${id}-ckind`}>{t('map.add.newChannelKind')}</label>
            <select
              id={`${id}-ckind`}
              value={newChannel.kind}
              onChange={(e) => setNewChannel({ ...newChannel, kind: e.target.value as ChannelKind })}
            >
              {CHANNEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`channels.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {owner === NEW ? (
        <div className="field">
          <label htmlFor={`${id}-dname`}>{t('map.add.newDepartmentName')}</label>
          <input
            id={`${id}-dname`}
            type="text"
            value={newDepartment}
            maxLength={200}
            aria-invalid={problem === 'department' || problem === 'departmentExists' || undefined}
            onChange={(e) => setNewDepartment(e.target.value)}
          />
        </div>
      ) : null}
      {problem ? (
        <p className="form-problem" role="alert">
          {problemText[problem]}
        </p>
      ) : null}
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
