import type { FieldEdit } from '../changes';
import type { JourneySlice } from '../journey/slice';
import { byOrder, keysBetween } from '../ordering';
import type { Touchpoint } from '../schema/tables';
import { fieldEdit } from '../edits';

/**
 * Removing a stage that still holds touchpoints: the user chose to move them
 * to another stage or to archive them. Either way they are kept; the stage's
 * tombstone goes in the same batch, so one undo brings all of it back.
 */

export type StageRemoval = { kind: 'move'; targetStageId: string } | { kind: 'archive' };

/** Touchpoints of the journey placed in this stage (archived ones included: they would lose their stage too). */
export function touchpointsInStage(touchpoints: readonly Touchpoint[], stageId: string): Touchpoint[] {
  return touchpoints.filter((t) => t.stage_id === stageId && !t.tombstone);
}

/**
 * With the journey's slice, the touchpoints also keep their place in time:
 * the stage's steps follow the target stage's last step in their order
 * (parallel ones stay parallel), and backstage steps standing in the stage
 * without serving a touchpoint go (or are archived) with them. Backstage
 * links stay whatever the choice: a moved touchpoint keeps its backstage.
 */
export function removeStageEdits(
  stageId: string,
  touchpoints: readonly Touchpoint[],
  choice: StageRemoval,
  slice?: JourneySlice,
): FieldEdit[] {
  const inStage = byOrder(touchpointsInStage(touchpoints, stageId));
  const edits: FieldEdit[] = [];
  const stageIndex = slice ? slice.stages.findIndex((s) => s.id === stageId) : -1;
  const steps = slice && stageIndex >= 0 ? slice.stepsByStage[stageIndex]! : [];
  const standing = steps.flatMap((step) => step.backstage.filter((b) => !slice!.backstage.serves.has(b.id)));
  if (choice.kind === 'archive') {
    for (const tp of inStage) if (!tp.archived) edits.push(fieldEdit('touchpoints', tp.id, 'archived', true));
    for (const b of standing) edits.push(fieldEdit('backstage_steps', b.id, 'archived', true));
  } else {
    if (choice.targetStageId === stageId) throw new Error('a stage cannot take its own touchpoints');
    // Per channel, the moved cards go after the target cell's cards, in their old order.
    const byChannel = new Map<string, Touchpoint[]>();
    for (const tp of inStage) {
      const key = tp.channel_id ?? '';
      byChannel.set(key, [...(byChannel.get(key) ?? []), tp]);
    }
    for (const [channel, moving] of byChannel) {
      const target = byOrder(
        touchpoints.filter(
          (t) => t.stage_id === choice.targetStageId && (t.channel_id ?? '') === channel && !t.tombstone,
        ),
      );
      const keys = keysBetween(target.at(-1)?.sort_key ?? null, null, moving.length);
      moving.forEach((tp, i) => {
        edits.push(fieldEdit('touchpoints', tp.id, 'stage_id', choice.targetStageId));
        edits.push(fieldEdit('touchpoints', tp.id, 'sort_key', keys[i]!));
      });
    }
    if (slice && steps.length > 0) {
      const target = slice.stepsByStage[slice.stages.findIndex((s) => s.id === choice.targetStageId)] ?? [];
      const stepKeys = keysBetween(target.at(-1)?.key ?? null, null, steps.length);
      steps.forEach((step, i) => {
        for (const tp of step.touchpoints) edits.push(fieldEdit('touchpoints', tp.id, 'step_key', stepKeys[i]!));
        for (const b of step.backstage) {
          if (slice.backstage.serves.has(b.id)) continue;
          edits.push(fieldEdit('backstage_steps', b.id, 'stage_id', choice.targetStageId));
          edits.push(fieldEdit('backstage_steps', b.id, 'step_key', stepKeys[i]!));
        }
      });
    }
  }
  edits.push({ table: 'stages', row: stageId, column: 'tombstone', value: true });
  return edits;
}
