import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { fieldEdit } from '../../../shared/edits';
import { EMOTION_VALUES, emotionColour, emotionSign } from '../../../shared/emotion';
import type { RowFields, Touchpoint } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import { CommentThreads } from '../review/CommentThreads';
import { BackstageOfTouchpoint } from './BackstageOfTouchpoint';
import { HandoffList } from './HandoffList';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import { PanelCheck, PanelText } from './PanelFields';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

type Editable = keyof RowFields<'touchpoints'> & string;

interface TouchpointPanelProps {
  tp: Touchpoint;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
  onClose: () => void;
}

/** Every field of one touchpoint, each saved as soon as it is left or changed. */
export function TouchpointPanel({ tp, data, ui, actions, onClose }: TouchpointPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const focusTitle = useStore(ui, (s) => (s.focusTitleOf === tp.id ? tp.id : null));
  const set = <C extends Editable>(
    column: C,
    value: NonNullable<RowFields<'touchpoints'>[C]> | null,
    action: 'editTouchpoint' | 'renameTouchpoint' = 'editTouchpoint',
  ) => actions.edit(action, [fieldEdit('touchpoints', tp.id, column, value)]);
  const stage = data.view.stages.find((s) => s.id === tp.stage_id)?.name ?? '';
  const channel = data.view.slice.channels.get(tp.channel_id ?? '')?.name ?? '';
  const step = data.view.slice.stepOf.get(tp.id);
  const parallel = (step?.touchpoints.length ?? 1) - 1;
  const departments = data.departments.filter(
    (d) =>
      !d.tombstone && (!d.archived || d.id === tp.owner_department_id || tp.supporting_department_ids.includes(d.id)),
  );
  const toggleSupporting = (deptId: string, on: boolean) =>
    set(
      'supporting_department_ids',
      on ? [...tp.supporting_department_ids, deptId] : tp.supporting_department_ids.filter((d) => d !== deptId),
    );

  return (
    <>
      <div className="panel-head">
        <h2 id={`${id}-heading`}>{tp.title || t('map.card.untitled')}</h2>
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
        <div className="panel-place">
          <span className="muted">
            {t('map.panel.placeText', { stage, channel })}
            {step ? ` · ${t('map.panel.stepText', { step: step.indexInStage + 1 })}` : ''}
            {parallel > 0 ? ` · ${t('map.panel.parallel', { count: parallel })}` : ''}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => ui.getState().openDialog({ kind: 'move', id: tp.id })}
          >
            {mapIcons.move}
            <span>{t('map.panel.moveTo')}</span>
          </button>
        </div>
        <PanelText
          key={`title-${tp.id}`}
          label={t('map.panel.title')}
          value={tp.title}
          requiredMessage={t('map.panel.titleRequired')}
          autoFocusKey={focusTitle}
          onEscape={onClose}
          onCommit={(v) => set('title', v, 'renameTouchpoint')}
        />
        <PanelText
          key={`action-${tp.id}`}
          label={t('map.panel.customerAction')}
          value={tp.customer_action}
          multiline
          onEscape={onClose}
          onCommit={(v) => set('customer_action', v)}
        />
        <PanelText
          key={`response-${tp.id}`}
          label={t('map.panel.companyResponse')}
          value={tp.company_response}
          multiline
          onEscape={onClose}
          onCommit={(v) => set('company_response', v)}
        />
        <fieldset className="panel-group">
          <legend>{t('map.panel.voiceTitle')}</legend>
          <PanelText
            key={`thinks-${tp.id}`}
            label={t('map.panel.thinks')}
            value={tp.thinks}
            multiline
            rows={2}
            maxLength={2000}
            onEscape={onClose}
            onCommit={(v) => set('thinks', v)}
          />
          <PanelText
            key={`feels-${tp.id}`}
            label={t('map.panel.feels')}
            value={tp.feels}
            multiline
            rows={2}
            maxLength={2000}
            onEscape={onClose}
            onCommit={(v) => set('feels', v)}
          />
          <PanelText
            key={`says-${tp.id}`}
            label={t('map.panel.says')}
            value={tp.says}
            multiline
            rows={2}
            maxLength={2000}
            onEscape={onClose}
            onCommit={(v) => set('says', v)}
          />
          <PanelText
            key={`pain-${tp.id}`}
            label={t('map.panel.painPoints')}
            value={tp.pain_points}
            multiline
            rows={2}
            maxLength={4000}
            onEscape={onClose}
            onCommit={(v) => set('pain_points', v)}
          />
        </fieldset>
        <div className="field panel-field">
          <label htmlFor={`${id}-owner`}>{t('map.panel.owner')}</label>
          <div className="owner-select">
            <span
              className="swatch"
              aria-hidden="true"
              style={{ background: data.departmentLook.get(tp.owner_department_id ?? '')?.color ?? '#d5dae1' }}
            />
            <select
              id={`${id}-owner`}
              value={tp.owner_department_id ?? ''}
              onChange={(e) => {
                const owner = e.target.value || null;
                actions.edit('editTouchpoint', [
                  fieldEdit('touchpoints', tp.id, 'owner_department_id', owner),
                  // The owner is not also a supporting department.
                  ...(owner && tp.supporting_department_ids.includes(owner)
                    ? [
                        fieldEdit(
                          'touchpoints',
                          tp.id,
                          'supporting_department_ids',
                          tp.supporting_department_ids.filter((d) => d !== owner),
                        ),
                      ]
                    : []),
                ]);
              }}
            >
              <option value="">{t('map.panel.noOwner')}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="choice-group panel-field">
          <legend>{t('map.panel.supporting')}</legend>
          <div className="supporting-list">
            {departments
              .filter((d) => d.id !== tp.owner_department_id)
              .map((d) => (
                <PanelCheck
                  key={d.id}
                  label={d.name}
                  checked={tp.supporting_department_ids.includes(d.id)}
                  onChange={(on) => toggleSupporting(d.id, on)}
                />
              ))}
          </div>
        </fieldset>
        <fieldset className="choice-group panel-field">
          <legend>{t('map.panel.emotion')}</legend>
          <div className="emotion-scale">
            {EMOTION_VALUES.map((v) => (
              <label
                key={v}
                className="emotion-choice"
                style={{ ['--emo' as string]: emotionColour(v) }}
                title={t(`map.card.emotion.${String(v) as '-2' | '-1' | '0' | '1' | '2'}`)}
              >
                <input
                  type="radio"
                  name={`${id}-emotion`}
                  value={v}
                  checked={tp.emotion === v}
                  onChange={() => set('emotion', v)}
                  aria-label={`${emotionSign(v)} ${t(`map.card.emotion.${String(v) as '-2' | '-1' | '0' | '1' | '2'}`)}`}
                />
                <span aria-hidden="true">{emotionSign(v)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <PanelText
          key={`kpi-${tp.id}`}
          label={t('map.panel.kpi')}
          value={tp.kpi}
          onEscape={onClose}
          onCommit={(v) => set('kpi', v)}
        />
        <div className="panel-checks">
          <PanelCheck
            label={t('map.panel.backChannel')}
            checked={tp.back_channel}
            onChange={(v) => set('back_channel', v)}
          />
          <PanelCheck
            label={t('map.panel.knowsHistory')}
            checked={tp.knows_history}
            onChange={(v) => set('knows_history', v)}
          />
        </div>
        <PanelText
          key={`notes-${tp.id}`}
          label={t('map.panel.notes')}
          value={tp.notes}
          multiline
          onEscape={onClose}
          onCommit={(v) => set('notes', v)}
        />
        <HandoffList tp={tp} data={data} ui={ui} actions={actions} />
        <BackstageOfTouchpoint tp={tp} data={data} ui={ui} actions={actions} />
        <div className="panel-foot">
          <button type="button" className="button small" onClick={() => actions.archive(tp.id)}>
            {icons.archive}
            <span>{t('map.panel.archive')}</span>
          </button>
        </div>
      </fieldset>
      <CommentThreads target="touchpoints" targetId={tp.id} title={t('review.comments.touchpointTitle')} compact />
    </>
  );
}
