import { emotionCurve, type EmotionCurve } from '../journey/curve';
import type { JourneySlice } from '../journey/slice';
import {
  channelLanes,
  customerVoice,
  departmentLanes,
  handoffNumbers,
  laneChannel,
  laneDepartment,
  lostHandoffs,
  timeColumns,
  type ChannelLane,
  type DepartmentLane,
  type LostHandoff,
  type TimeColumn,
} from '../journey/views';
import { createFormatter } from '../format';
import type { BackstageStep, Touchpoint } from '../schema/tables';
import type { JourneyLabels } from './journey-data';

/**
 * The journey slice arranged for paper: time columns (a column per step, one
 * for an empty stage), the channel lanes in use with the touchpoints of each
 * lane and column, the department lanes of the backstage, what the customer
 * thinks per column, and the lost hand-offs numbered once for cards, arrows
 * and the list.
 */
export interface PrintModel {
  slice: JourneySlice;
  columns: TimeColumn[];
  lanes: ChannelLane[];
  /** [lane][column]: touchpoints in lane order. */
  cells: Touchpoint[][][];
  backLanes: DepartmentLane[];
  /** [backstage lane][column]. Empty when the backstage is not shown. */
  backCells: BackstageStep[][][];
  /** [column]: what the customer thinks, feels and says there ('' for nothing). */
  voice: string[];
  lost: LostHandoff[];
  /** Touchpoint or backstage step id → numbers of the lost hand-offs it starts or ends. */
  numbers: Map<string, number[]>;
  curve: EmotionCurve;
}

export function printModel(slice: JourneySlice, labels: JourneyLabels, showBackstage: boolean): PrintModel {
  const columns = timeColumns(slice);
  const lanes = channelLanes(slice);
  const laneIndex = new Map(lanes.map((l, i) => [l.channelId, i]));
  const cells = lanes.map(() => columns.map(() => [] as Touchpoint[]));
  const backLanes = showBackstage ? departmentLanes(slice) : [];
  const backIndex = new Map(backLanes.map((l, i) => [l.departmentId, i]));
  const backCells = backLanes.map(() => columns.map(() => [] as BackstageStep[]));
  const quote = createFormatter(labels.language).quote;
  const voice = columns.map((column) => {
    if (!column.step) return '';
    for (const tp of column.step.touchpoints) cells[laneIndex.get(laneChannel(slice, tp))!]![column.index]!.push(tp);
    if (showBackstage)
      for (const b of column.step.backstage)
        backCells[backIndex.get(laneDepartment(slice, b))!]![column.index]!.push(b);
    return column.step.touchpoints
      .map((tp) => customerVoice(tp, quote))
      .filter(Boolean)
      .join(' / ');
  });
  const lost = lostHandoffs(slice).filter((h) => showBackstage || h.layer === 'front');
  lost.forEach((h, i) => (h.number = i + 1));
  return {
    slice,
    columns,
    lanes,
    cells,
    backLanes,
    backCells,
    voice,
    lost,
    numbers: handoffNumbers(lost),
    curve: emotionCurve(slice),
  };
}
