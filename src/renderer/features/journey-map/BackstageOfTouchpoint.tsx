import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import type { MapUiStore } from './map-ui-store';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/**
 * The backstage of one touchpoint in its side panel: the backstage steps that
 * serve it (open, or unlink), a new one in a step, and an existing one linked.
 */
export function BackstageOfTouchpoint({
  tp,
  data,
  ui,
  actions,
}: {
  tp: Touchpoint;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { slice } = data;
  const serving = slice.backstage.servedBy.get(tp.id) ?? [];
  const [title, setTitle] = useState('');
  const [department, setDepartment] = useState(tp.owner_department_id ?? '');
  const [existing, setExisting] = useState('');
  const linkable = [...slice.backstage.byId.values()].filter((b) => !serving.includes(b));
  const departments = data.departments.filter((d) => !d.tombstone && !d.archived);
  const deptName = (dept: string | null) =>
    (dept ? slice.departments.get(dept)?.name : undefined) ?? t('map.backstage.noDepartment');

  return (
    <section className="panel-handoffs panel-backstage" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('map.backstage.ofTouchpoint')}</h3>
      {serving.length === 0 ? (
        <p className="muted small">{t('map.backstage.noneServing')}</p>
      ) : (
        <ul className="handoff-list">
          {serving.map((b) => (
            <li key={b.id} className="handoff-row">
              <button
                type="button"
                className="link handoff-target"
                onClick={() => ui.getState().select({ kind: 'backstage', id: b.id })}
              >
                {b.title || t('map.backstage.untitled')}
              </button>
              <span className="muted small">{deptName(b.department_id)}</span>
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('map.backstage.unlink', { title: b.title, touchpoint: tp.title })}
                title={t('map.backstage.unlink', { title: b.title, touchpoint: tp.title })}
                onClick={() => actions.unlink(b.id, tp.id)}
              >
                {icons.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="handoff-add backstage-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          actions.createBackstage({ title, departmentId: department || null, touchpointId: tp.id });
          setTitle('');
        }}
      >
        <label htmlFor={`${id}-title-new`} className="visually-hidden">
          {t('map.backstage.newTitle')}
        </label>
        <input
          id={`${id}-title-new`}
          type="text"
          value={title}
          maxLength={200}
          placeholder={t('map.backstage.newTitle')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${id}-dept`} className="visually-hidden">
          {t('map.backstage.department')}
        </label>
        <select id={`${id}-dept`} value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('map.backstage.noDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button small" disabled={!title.trim()}>
          {t('map.backstage.add')}
        </button>
      </form>
      {linkable.length > 0 ? (
        <form
          className="handoff-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!existing) return;
            actions.link(existing, tp.id);
            setExisting('');
          }}
        >
          <label htmlFor={`${id}-link`} className="visually-hidden">
            {t('map.backstage.linkExisting')}
          </label>
          <select id={`${id}-link`} value={existing} onChange={(e) => setExisting(e.target.value)}>
            <option value="">{t('map.backstage.linkExisting')}</option>
            {linkable.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.title || t('map.backstage.untitled')} — ${deptName(b.department_id)}`}
              </option>
            ))}
          </select>
          <button type="submit" className="button small" disabled={!existing}>
            {t('map.backstage.link')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
