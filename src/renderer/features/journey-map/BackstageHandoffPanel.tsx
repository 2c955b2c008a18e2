import { useTranslation } from 'react-i18next';
import { backstageHandoffStatus } from '../../../shared/journey/backstage';
import { fieldEdit } from '../../../shared/edits';
import type { BackstageHandoff } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import { HandoffBadge } from './HandoffBadge';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import { PanelCheck, PanelText } from './PanelFields';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface Props {
  handoff: BackstageHandoff;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  onClose: () => void;
}

/** One backstage hand-off: from which step to which, and whether the customer's context goes with it. */
export function BackstageHandoffPanel({ handoff, data, ui, actions, onClose }: Props) {
  const { t } = useTranslation();
  const { byId } = data.slice.backstage;
  const from = handoff.from_step_id ? byId.get(handoff.from_step_id) : undefined;
  const to = handoff.to_step_id ? byId.get(handoff.to_step_id) : undefined;
  const { status, crossesDepartments } = backstageHandoffStatus(handoff, from, to);
  const deptName = (id: string | null | undefined) =>
    (id ? data.departmentLook.get(id)?.name : undefined) ?? t('map.backstage.noDepartment');
  const open = (b: typeof from) => b && ui.getState().select({ kind: 'backstage', id: b.id });
  return (
    <>
      <div className="panel-head">
        <h2>{t('map.backstage.handoffHeading')}</h2>
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
            {from?.title || t('map.backstage.untitled')}
          </button>
        </dd>
        <dt>{t('map.transitionPanel.to')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => open(to)}>
            {to?.title || t('map.backstage.untitled')}
          </button>
        </dd>
      </dl>
      <div className={`handoff-explain ${status}`} role="status">
        <HandoffBadge status={status} withText />
        <p>{t(`map.backstage.${status}Text`)}</p>
        {crossesDepartments ? (
          <p className="muted small">
            {t('map.transitionPanel.crossesDepartments', {
              from: deptName(from?.department_id),
              to: deptName(to?.department_id),
            })}
          </p>
        ) : null}
      </div>
      <fieldset className="panel-edit" disabled={actions.readOnly}>
        <PanelCheck
          label={t('map.backstage.carriesContext')}
          checked={handoff.carries_context}
          onChange={(v) => actions.setHandoffContext(handoff.id, v)}
        />
        <PanelText
          key={`notes-${handoff.id}`}
          label={t('map.transitionPanel.notes')}
          value={handoff.notes}
          multiline
          onEscape={onClose}
          onCommit={(v) =>
            actions.edit('changeBackstageHandoff', [fieldEdit('backstage_handoffs', handoff.id, 'notes', v)])
          }
        />
        <div className="panel-foot">
          <button type="button" className="button small" onClick={() => actions.removeHandoff(handoff.id)}>
            {icons.remove}
            <span>{t('map.transitionPanel.remove')}</span>
          </button>
        </div>
      </fieldset>
    </>
  );
}
