import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { backstageHandoffs } from '../../../shared/journey/backstage';
import { newId } from '../../../shared/ids';
import { rowEdits, fieldEdit } from '../../../shared/edits';
import { byOrder, keyBetween } from '../../../shared/ordering';
import { SYSTEM_KINDS, type BackstageStep, type SystemKind } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import { HandoffBadge } from './HandoffBadge';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import { PanelCheck, PanelText } from './PanelFields';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface BackstagePanelProps {
  step: BackstageStep;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  onClose: () => void;
}

/** One backstage step: what a department does, with which systems, for which touchpoints, handed on to whom. */
export function BackstagePanel({ step, data, ui, actions, onClose }: BackstagePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { slice } = data;
  const focusTitle = useStore(ui, (s) => (s.focusTitleOf === step.id ? step.id : null));
  const serves = slice.backstage.serves.get(step.id) ?? [];
  const [linkTo, setLinkTo] = useState('');
  const [handTo, setHandTo] = useState('');
  const [systemName, setSystemName] = useState('');
  const [systemKind, setSystemKind] = useState<SystemKind>('crm');
  const views = backstageHandoffs(slice).filter((h) => h.from.id === step.id || h.to.id === step.id);
  const others = slice.backstage.steps.filter((b) => b.id !== step.id);
  const systems = byOrder(data.systems.filter((s) => !s.tombstone && (!s.archived || step.system_ids.includes(s.id))));
  const departments = data.departments.filter((d) => !d.tombstone && (!d.archived || d.id === step.department_id));
  const edit = (edits: Parameters<MapActions['edit']>[1]) => actions.edit('editBackstageStep', edits);
  const toggleSystem = (systemId: string, on: boolean) =>
    edit([
      fieldEdit(
        'backstage_steps',
        step.id,
        'system_ids',
        on ? [...step.system_ids, systemId] : step.system_ids.filter((s) => s !== systemId),
      ),
    ]);
  const addSystem = () => {
    const name = systemName.trim();
    if (!name) return;
    const existing = systems.find((s) => s.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase());
    if (existing) {
      if (!step.system_ids.includes(existing.id)) toggleSystem(existing.id, true);
      setSystemName('');
      return;
    }
    const systemId = newId();
    const last = byOrder(data.systems.filter((s) => !s.tombstone)).at(-1)?.sort_key || null;
    actions.edit('addSystem', [
      ...rowEdits('support_systems', systemId, { name, kind: systemKind, sort_key: keyBetween(last, null) }),
      fieldEdit('backstage_steps', step.id, 'system_ids', [...step.system_ids, systemId]),
    ]);
    setSystemName('');
  };

  return (
    <>
      <div className="panel-head">
        <h2>{step.title || t('map.backstage.untitled')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('map.panel.close')}
          title={t('map.panel.close')}
          onClick={onClose}
        >
          {mapIcons.close}
        </button>
      </div>
      <fieldset className="panel-edit" disabled={actions.readOnly}>
        <p className="muted small">
          {serves.length === 0 ? t('map.backstage.unlinkedText') : t('map.backstage.placeText')}
        </p>
        <PanelText
          key={`title-${step.id}`}
          label={t('map.backstage.title')}
          value={step.title}
          requiredMessage={t('map.backstage.titleRequired')}
          autoFocusKey={focusTitle}
          onEscape={onClose}
          onCommit={(v) => edit([fieldEdit('backstage_steps', step.id, 'title', v)])}
        />
        <div className="field panel-field">
          <label htmlFor={`${id}-dept`}>{t('map.backstage.department')}</label>
          <select
            id={`${id}-dept`}
            value={step.department_id ?? ''}
            onChange={(e) => actions.moveBackstage(step.id, null, e.target.value || null)}
          >
            <option value="">{t('map.backstage.noDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <PanelText
          key={`desc-${step.id}`}
          label={t('map.backstage.description')}
          value={step.description}
          multiline
          onEscape={onClose}
          onCommit={(v) => edit([fieldEdit('backstage_steps', step.id, 'description', v)])}
        />
        <fieldset className="choice-group panel-field">
          <legend>{t('map.backstage.systems')}</legend>
          <div className="supporting-list">
            {systems.map((s) => (
              <PanelCheck
                key={s.id}
                label={s.name}
                checked={step.system_ids.includes(s.id)}
                onChange={(on) => toggleSystem(s.id, on)}
              />
            ))}
          </div>
          <div className="handoff-add">
            <label htmlFor={`${id}-sys`} className="visually-hidden">
              {t('map.backstage.newSystem')}
            </label>
            <input
              id={`${id}-sys`}
              type="text"
              value={systemName}
              maxLength={200}
              placeholder={t('map.backstage.newSystem')}
              onChange={(e) => setSystemName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addSystem();
                }
              }}
            />
            <label htmlFor={`${id}-kind`} className="visually-hidden">
              {t('map.backstage.systemKind')}
            </label>
            <select id={`${id}-kind`} value={systemKind} onChange={(e) => setSystemKind(e.target.value as SystemKind)}>
              {SYSTEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`map.systemKinds.${k}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button small" disabled={!systemName.trim()} onClick={addSystem}>
              {t('map.backstage.addSystem')}
            </button>
          </div>
        </fieldset>
        <section className="panel-handoffs" aria-labelledby={`${id}-serves`}>
          <h3 id={`${id}-serves`}>{t('map.backstage.servesTitle')}</h3>
          {serves.length === 0 ? <p className="muted small">{t('map.backstage.servesNone')}</p> : null}
          <ul className="handoff-list">
            {serves.map((tp) => (
              <li key={tp.id} className="handoff-row">
                <button
                  type="button"
                  className="link handoff-target"
                  onClick={() => ui.getState().select({ kind: 'touchpoint', id: tp.id })}
                >
                  {tp.title || t('map.card.untitled')}
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={t('map.backstage.unlink', { title: step.title, touchpoint: tp.title })}
                  onClick={() => actions.unlink(step.id, tp.id)}
                >
                  {icons.remove}
                </button>
              </li>
            ))}
          </ul>
          <form
            className="handoff-add"
            onSubmit={(e) => {
              e.preventDefault();
              if (linkTo) actions.link(step.id, linkTo);
              setLinkTo('');
            }}
          >
            <label htmlFor={`${id}-link`} className="visually-hidden">
              {t('map.backstage.linkTouchpoint')}
            </label>
            <select id={`${id}-link`} value={linkTo} onChange={(e) => setLinkTo(e.target.value)}>
              <option value="">{t('map.backstage.linkTouchpoint')}</option>
              {slice.touchpoints
                .filter((tp) => !serves.includes(tp))
                .map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.title || t('map.card.untitled')}
                  </option>
                ))}
            </select>
            <button type="submit" className="button small" disabled={!linkTo}>
              {t('map.backstage.link')}
            </button>
          </form>
        </section>
        <section className="panel-handoffs" aria-labelledby={`${id}-handoffs`}>
          <h3 id={`${id}-handoffs`}>{t('map.backstage.handoffsTitle')}</h3>
          {views.length === 0 ? <p className="muted small">{t('map.backstage.noHandoffs')}</p> : null}
          <ul className="handoff-list">
            {views.map((h) => {
              const out = h.from.id === step.id;
              const other = out ? h.to : h.from;
              const title = other.title || t('map.backstage.untitled');
              return (
                <li key={h.handoff.id} className="handoff-row">
                  <HandoffBadge status={h.status} />
                  <button
                    type="button"
                    className="link handoff-target"
                    onClick={() => ui.getState().select({ kind: 'handoff', id: h.handoff.id })}
                  >
                    {out ? `→ ${title}` : `← ${title}`}
                  </button>
                  <label className="choice handoff-context">
                    <input
                      type="checkbox"
                      checked={h.handoff.carries_context}
                      aria-label={t(out ? 'map.panel.carriesContextOf' : 'map.panel.carriesContextFrom', { title })}
                      onChange={(e) => actions.setHandoffContext(h.handoff.id, e.target.checked)}
                    />
                    <span aria-hidden="true">{t('map.panel.carriesContext')}</span>
                  </label>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t(out ? 'map.panel.removeHandoff' : 'map.panel.removeHandoffFrom', { title })}
                    onClick={() => actions.removeHandoff(h.handoff.id)}
                  >
                    {icons.remove}
                  </button>
                </li>
              );
            })}
          </ul>
          <form
            className="handoff-add"
            onSubmit={(e) => {
              e.preventDefault();
              if (handTo) actions.connectBackstage(step.id, handTo);
              setHandTo('');
            }}
          >
            <label htmlFor={`${id}-hand`} className="visually-hidden">
              {t('map.backstage.handTo')}
            </label>
            <select id={`${id}-hand`} value={handTo} onChange={(e) => setHandTo(e.target.value)}>
              <option value="">{t('map.backstage.handTo')}</option>
              {others.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title || t('map.backstage.untitled')}
                </option>
              ))}
            </select>
            <button type="submit" className="button small" disabled={!handTo}>
              {t('map.panel.addHandoffButton')}
            </button>
          </form>
        </section>
        <div className="panel-foot">
          <button type="button" className="button small" onClick={() => actions.archiveBackstage(step.id, true)}>
            {icons.archive}
            <span>{t('map.backstage.archive')}</span>
          </button>
        </div>
      </fieldset>
    </>
  );
}
