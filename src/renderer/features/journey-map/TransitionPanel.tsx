import { useTranslation } from 'react-i18next';
import { fieldEdit } from '../../../shared/edits';
import { handoffOf } from '../../../shared/map/transitions';
import type { Transition } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import { HandoffBadge } from './HandoffBadge';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import { PanelCheck, PanelText } from './PanelFields';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface TransitionPanelProps {
  tr: Transition;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  onClose: () => void;
}

/** One hand-off: where it leads, whether context travels with it, and why that matters here. */
export function TransitionPanel({ tr, data, ui, actions, onClose }: TransitionPanelProps) {
  const { t } = useTranslation();
  const from = tr.from_touchpoint_id ? data.view.touchpoints.get(tr.from_touchpoint_id) : undefined;
  const to = tr.to_touchpoint_id ? data.view.touchpoints.get(tr.to_touchpoint_id) : undefined;
  const handoff = handoffOf(tr, from, to);
  const deptName = (id: string | null | undefined) =>
    (id ? data.departmentLook.get(id)?.name : undefined) ?? t('map.card.noOwner');
  const open = (tp: typeof from) => tp && ui.getState().select({ kind: 'touchpoint', id: tp.id });

  return (
    <>
      <div className="panel-head">
        <h2>{t('map.transitionPanel.heading')}</h2>
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
      <dl className="transition-ends">
        <dt>{t('map.transitionPanel.from')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => open(from)}>
            {from?.title || t('map.card.untitled')}
          </button>
        </dd>
        <dt>{t('map.transitionPanel.to')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => open(to)}>
            {to?.title || t('map.card.untitled')}
          </button>
        </dd>
      </dl>
      <div className={`handoff-explain ${handoff.status}`} role="status">
        <HandoffBadge status={handoff.status} withText />
        <p>{t(`map.handoff.${handoff.status}Text`)}</p>
        {handoff.crossesDepartments ? (
          <p className="muted small">
            {t('map.transitionPanel.crossesDepartments', {
              from: deptName(from?.owner_department_id),
              to: deptName(to?.owner_department_id),
            })}
          </p>
        ) : null}
        {handoff.switchesChannel ? <p className="muted small">{t('map.transitionPanel.switchesChannel')}</p> : null}
      </div>
      <fieldset className="panel-edit" disabled={actions.readOnly}>
        <PanelCheck
          label={t('map.transitionPanel.carriesContext')}
          checked={tr.carries_context}
          onChange={(v) => actions.setCarriesContext(tr.id, v)}
        />
        <PanelText
          key={`notes-${tr.id}`}
          label={t('map.transitionPanel.notes')}
          value={tr.notes}
          multiline
          onEscape={onClose}
          onCommit={(v) => actions.edit('changeTransition', [fieldEdit('transitions', tr.id, 'notes', v)])}
        />
        <div className="panel-foot">
          <button type="button" className="button small" onClick={() => actions.removeTransition(tr.id)}>
            {icons.remove}
            <span>{t('map.transitionPanel.remove')}</span>
          </button>
        </div>
      </fieldset>
    </>
  );
}
