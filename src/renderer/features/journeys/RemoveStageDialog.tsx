import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { removeStageEdits } from '../../../shared/map/stage-removal';
import type { JourneySlice } from '../../../shared/journey/slice';
import type { Stage, Touchpoint } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { Dialog } from '../../ui/Dialog';

interface RemoveStageDialogProps {
  stage: Stage | null;
  stages: readonly Stage[];
  /** The stage's touchpoints (archived ones included). */
  touchpoints: readonly Touchpoint[];
  /** The journey in time: moved touchpoints keep their order and their backstage. */
  slice: JourneySlice | undefined;
  onClose: () => void;
}

/**
 * A stage that still holds touchpoints is only removed once the user has said
 * where they go: into another stage, or into the archive. One undo step
 * brings stage and touchpoints back together.
 */
export function RemoveStageDialog({ stage, stages, touchpoints, slice, onClose }: RemoveStageDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={stage !== null}
      title={t('journeyMeta.removeStage.title', { name: stage?.name ?? '' })}
      onClose={onClose}
    >
      {stage ? (
        <RemoveStageForm
          key={stage.id}
          stage={stage}
          stages={stages}
          touchpoints={touchpoints}
          slice={slice}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function RemoveStageForm({
  stage,
  stages,
  touchpoints,
  slice,
  onClose,
}: {
  stage: Stage;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  slice: JourneySlice | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const id = useId();
  const others = stages.filter((s) => s.id !== stage.id);
  const index = stages.findIndex((s) => s.id === stage.id);
  // The neighbour before it is where its cards most likely belong; the next one for the first stage.
  const [target, setTarget] = useState(others[Math.max(0, index - 1)]?.id ?? '');
  const [kind, setKind] = useState<'move' | 'archive'>(others.length > 0 ? 'move' : 'archive');
  const count = touchpoints.filter((tp) => tp.stage_id === stage.id).length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const choice =
      kind === 'move' && target ? { kind: 'move' as const, targetStageId: target } : { kind: 'archive' as const };
    void commands.apply(
      choice.kind === 'move' ? 'removeStageMoveTouchpoints' : 'removeStageArchiveTouchpoints',
      removeStageEdits(stage.id, touchpoints, choice, slice),
    );
    onClose();
  };

  return (
    <form className="form" onSubmit={submit}>
      <p>{t('journeyMeta.removeStage.text', { count })}</p>
      <fieldset className="choice-group">
        <legend>{t('journeyMeta.removeStage.choice')}</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'move'}
            disabled={others.length === 0}
            onChange={() => setKind('move')}
          />
          <span>{t('journeyMeta.removeStage.move')}</span>
        </label>
        {kind === 'move' && others.length > 0 ? (
          <div className="field indent">
            <label htmlFor={`${id}-target`} className="visually-hidden">
              {t('journeyMeta.removeStage.target')}
            </label>
            <select
              id={`${id}-target`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              aria-label={t('journeyMeta.removeStage.target')}
            >
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={kind === 'archive'} onChange={() => setKind('archive')} />
          <span>{t('journeyMeta.removeStage.archive')}</span>
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('journeyMeta.removeStage.confirm')}
        </button>
      </div>
    </form>
  );
}
