import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { icons } from '../../ui/icons';
import { useFocusAfterMove } from '../../ui/useFocusAfterMove';
import { moved } from '../../../shared/journey/journey-edits';

export interface DraftStage {
  key: string;
  name: string;
}

interface StageDraftListProps {
  stages: readonly DraftStage[];
  onChange: (stages: DraftStage[]) => void;
  makeKey: () => string;
  invalid: boolean;
}

/** The stages of a journey not yet created: rename, reorder, remove, add — all before anything is saved. */
export function StageDraftList({ stages, onChange, makeKey, invalid }: StageDraftListProps) {
  const { t } = useTranslation();
  const { container, focusAfterMove } = useFocusAfterMove<HTMLOListElement>();
  const added = useRef<string | null>(null);

  useEffect(() => {
    if (!added.current) return;
    container.current?.querySelector<HTMLInputElement>(`input[data-item="${CSS.escape(added.current)}"]`)?.focus();
    added.current = null;
  }, [stages, container]);

  const label = (stage: DraftStage, index: number) =>
    stage.name.trim() || t('journeyForm.stageName', { number: index + 1 });
  const move = (index: number, delta: -1 | 1) => {
    const stage = stages[index]!;
    onChange(moved(stages, index, delta));
    focusAfterMove({ item: stage.key, action: delta < 0 ? 'up' : 'down' });
  };

  return (
    <fieldset className="stage-fieldset">
      <legend>{t('journeyForm.stages')}</legend>
      <ol className="stage-list" ref={container}>
        {stages.map((stage, index) => (
          <li key={stage.key} className="stage-item">
            <span className="stage-number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              type="text"
              data-item={stage.key}
              value={stage.name}
              maxLength={200}
              aria-label={t('journeyForm.stageName', { number: index + 1 })}
              aria-invalid={invalid && stage.name.trim() === '' ? true : undefined}
              onChange={(e) => onChange(stages.map((s) => (s.key === stage.key ? { ...s, name: e.target.value } : s)))}
            />
            <div className="stage-tools">
              <button
                type="button"
                className="icon-button"
                data-item={stage.key}
                data-action="up"
                disabled={index === 0}
                aria-label={t('journeyForm.moveUp', { name: label(stage, index) })}
                onClick={() => move(index, -1)}
              >
                {icons.up}
              </button>
              <button
                type="button"
                className="icon-button"
                data-item={stage.key}
                data-action="down"
                disabled={index === stages.length - 1}
                aria-label={t('journeyForm.moveDown', { name: label(stage, index) })}
                onClick={() => move(index, 1)}
              >
                {icons.down}
              </button>
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('journeyForm.remove', { name: label(stage, index) })}
                onClick={() => onChange(stages.filter((s) => s.key !== stage.key))}
              >
                {icons.remove}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button small"
        onClick={() => {
          const key = makeKey();
          added.current = key;
          onChange([...stages, { key, name: '' }]);
        }}
      >
        {icons.plus}
        <span>{t('journeyForm.addStage')}</span>
      </button>
    </fieldset>
  );
}
