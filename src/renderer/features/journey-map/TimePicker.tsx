import { useTranslation } from 'react-i18next';
import type { TimeTarget } from '../../../shared/journey/steps';
import type { MapView } from '../../../shared/map/map-view';

/** A TimeTarget as the value of a <select> option, and back. */
export function encodeTime(target: TimeTarget): string {
  if (target.kind === 'step') return `step:${target.stepId}`;
  if (target.kind === 'gap') return `gap:${target.stageId}:${target.gap}`;
  return `after:${target.itemId}`;
}

export function decodeTime(value: string): TimeTarget | null {
  if (value.startsWith('step:')) return { kind: 'step', stepId: value.slice(5) };
  if (value.startsWith('after:')) return { kind: 'after', itemId: value.slice(6) };
  const m = /^gap:(.+):(\d+)$/.exec(value);
  return m ? { kind: 'gap', stageId: m[1]!, gap: Number(m[2]) } : null;
}

/** The stage a target lies in. */
export function stageOfTime(view: MapView, target: TimeTarget): string | undefined {
  if (target.kind === 'gap') return target.stageId;
  if (target.kind === 'step') return view.steps.find((s) => s.id === target.stepId)?.stageId;
  return view.slice.stepOf.get(target.itemId)?.stageId;
}

/** Normalise "after this card" into the gap it means, so the picker can show it selected. */
export function asStageTarget(view: MapView, target: TimeTarget): TimeTarget {
  if (target.kind !== 'after') return target;
  const step = view.slice.stepOf.get(target.itemId);
  return step ? { kind: 'gap', stageId: step.stageId, gap: step.indexInStage + 1 } : target;
}

/**
 * Where in a stage's time a touchpoint goes: at the start, after a step, or
 * together with a step (parallel). `exclude`: the touchpoint being moved,
 * left out of the step names.
 */
export function TimePicker({
  id,
  view,
  stageId,
  value,
  exclude,
  onChange,
}: {
  id: string;
  view: MapView;
  stageId: string;
  value: string;
  exclude?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const stageIndex = view.stages.findIndex((s) => s.id === stageId);
  const steps = stageIndex >= 0 ? view.slice.stepsByStage[stageIndex]! : [];
  const name = (i: number) => {
    const step = steps[i]!;
    // The customer's side names a step; its backstage only when no touchpoint is left to name it.
    const front = step.touchpoints.filter((tp) => tp.id !== exclude).map((tp) => tp.title || t('map.card.untitled'));
    const titles = front.length > 0 ? front : step.backstage.map((b) => b.title || t('map.backstage.untitled'));
    return titles.length > 0 ? titles.join(' + ') : t('map.move.ownStep');
  };
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value={encodeTime({ kind: 'gap', stageId, gap: 0 })}>{t('map.move.first')}</option>
      {steps.map((step, i) => [
        <option key={`with-${step.id}`} value={encodeTime({ kind: 'step', stepId: step.id })}>
          {t('map.move.together', { number: i + 1, titles: name(i) })}
        </option>,
        <option key={`after-${step.id}`} value={encodeTime({ kind: 'gap', stageId, gap: i + 1 })}>
          {t('map.move.after', { number: i + 1, titles: name(i) })}
        </option>,
      ])}
    </select>
  );
}
