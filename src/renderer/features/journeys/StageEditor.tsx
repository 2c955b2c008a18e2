import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { useJourneySlice } from '../../app/useJourneySlice';
import { fieldEdit, tombstoneEdit } from '../../../shared/edits';
import { icons } from '../../ui/icons';
import { InlineText } from '../../ui/InlineText';
import { useFocusAfterMove } from '../../ui/useFocusAfterMove';
import { useCanEdit } from '../../app/useCanEdit';
import { StageComments } from '../review/StageComments';
import { AddRowForm } from '../settings/AddRowForm';
import { addStageEdits, moveStageEdit } from '../../../shared/journey/journey-edits';
import { RemoveStageDialog } from './RemoveStageDialog';
import { stageNameCheck } from '../../app/useJourneyLabels';

/** The stages of a saved journey, in order: rename, move, remove, add — each one undoable step. */
export function StageEditor({ journeyId, stages }: { journeyId: string; stages: readonly Stage[] }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const { container, focusAfterMove } = useFocusAfterMove<HTMLOListElement>();
  const slice = useJourneySlice(journeyId);
  // Every touchpoint of the journey: on the map, archived, or without a place.
  const touchpoints = useMemo(
    () => (slice ? [...slice.touchpoints, ...slice.archived, ...slice.orphans] : []),
    [slice],
  );
  const [removing, setRemoving] = useState<Stage | null>(null);
  const canEdit = useCanEdit();
  // A stage with touchpoints is removed only after asking where they go (RemoveStageDialog).
  const remove = (stage: Stage) => {
    if (touchpoints.some((tp) => tp.stage_id === stage.id)) setRemoving(stage);
    else void commands.apply('removeStage', [tombstoneEdit('stages', stage.id)]);
  };

  const move = (stage: Stage, delta: -1 | 1) => {
    const edit = moveStageEdit(stages, stage.id, delta);
    if (!edit) return;
    void commands.apply('moveStage', [edit]);
    focusAfterMove({ item: stage.id, action: delta < 0 ? 'up' : 'down' });
  };

  return (
    <section className="card" aria-labelledby="stages-title">
      <h2 id="stages-title">{t('journeyDetail.stagesTitle')}</h2>
      <p className="muted">{t('journeyDetail.stagesIntro')}</p>
      {stages.length === 0 ? (
        <p className="muted">{t('journeyDetail.noStages')}</p>
      ) : (
        <ol className="stage-list" ref={container} aria-labelledby="stages-title">
          {stages.map((stage, index) => (
            <li key={stage.id} className="stage-item">
              <span className="stage-number" aria-hidden="true">
                {index + 1}
              </span>
              {canEdit ? (
                <InlineText
                  value={stage.name}
                  label={t('journeyDetail.stageName', { number: index + 1 })}
                  check={stageNameCheck(t, stages, stage.id)}
                  onCommit={(next) => void commands.apply('renameStage', [fieldEdit('stages', stage.id, 'name', next)])}
                />
              ) : (
                <span className="stage-name-readonly">{stage.name}</span>
              )}
              <div className="stage-tools">
                <StageComments stage={stage} />
                {canEdit ? (
                  <>
                    <button
                      type="button"
                      className="icon-button"
                      data-item={stage.id}
                      data-action="up"
                      disabled={index === 0}
                      aria-label={t('journeyDetail.moveUp', { name: stage.name })}
                      onClick={() => move(stage, -1)}
                    >
                      {icons.up}
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      data-item={stage.id}
                      data-action="down"
                      disabled={index === stages.length - 1}
                      aria-label={t('journeyDetail.moveDown', { name: stage.name })}
                      onClick={() => move(stage, 1)}
                    >
                      {icons.down}
                    </button>
                    <button
                      type="button"
                      className="icon-button danger"
                      aria-label={t('journeyDetail.remove', { name: stage.name })}
                      onClick={() => remove(stage)}
                    >
                      {icons.remove}
                    </button>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      {canEdit ? (
        <AddRowForm
          label={t('journeyDetail.newStage')}
          button={t('journeyDetail.addStage')}
          check={stageNameCheck(t, stages)}
          onAdd={(name) => commands.apply('addStage', addStageEdits(stages, journeyId, name))}
        />
      ) : null}
      <RemoveStageDialog
        stage={removing}
        stages={stages}
        touchpoints={touchpoints}
        slice={slice}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
