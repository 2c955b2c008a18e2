import type { FieldEdit } from '../changes';
import { byOrder, keysBetween } from '../ordering';
import type { Touchpoint } from '../schema/tables';
import { setField } from './edits';

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

export function removeStageEdits(
  stageId: string,
  touchpoints: readonly Touchpoint[],
  choice: StageRemoval,
): FieldEdit[] {
  const inStage = byOrder(touchpointsInStage(touchpoints, stageId));
  const edits: FieldEdit[] = [];
  if (choice.kind === 'archive') {
    for (const tp of inStage) if (!tp.archived) edits.push(setField('touchpoints', tp.id, 'archived', true));
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
        edits.push(setField('touchpoints', tp.id, 'stage_id', choice.targetStageId));
        edits.push(setField('touchpoints', tp.id, 'sort_key', keys[i]!));
      });
    }
  }
  edits.push({ table: 'stages', row: stageId, column: 'tombstone', value: true });
  return edits;
}
