import { stageKeyMessages } from '../journey/key-messages';
import type { JourneySlice } from '../journey/slice';
import type { FactValues } from '../messages/placeholders';
import { paragraph, type Block } from './journey-blocks';
import type { JourneyLabels } from './journey-data';
import type { Measure } from './ops';
import { ACCENT, MUTED, WARN } from './theme';

/** A stage's key messages as they read on its page: where each belongs, headline, body, call to action. */
export interface StageMessagesPrint {
  stageIndex: number;
  /** "2. Purchase". */
  name: string;
  blocks: Block[];
}

export function stageMessageBlocks(
  slice: JourneySlice,
  facts: FactValues,
  labels: JourneyLabels,
  width: number,
  measure: Measure,
): StageMessagesPrint[] {
  const out: StageMessagesPrint[] = [];
  slice.stages.forEach((stage, stageIndex) => {
    const messages = stageKeyMessages(slice, stageIndex, facts);
    if (messages.length === 0) return;
    const name = `${stageIndex + 1}. ${stage.name.trim() || labels.unnamedStage}`;
    const blocks: Block[] = [];
    for (const m of messages) {
      const tp = m.touchpointId === null ? undefined : slice.touchpointById.get(m.touchpointId);
      const channel = m.channelId === null ? undefined : slice.channels.get(m.channelId)?.name;
      const where = tp
        ? [channel ?? labels.noChannel, tp.title.trim() || labels.untitled].join(' · ')
        : labels.stageMessage;
      blocks.push(
        ...paragraph(where, width, measure, { size: 7.5, colour: MUTED, after: 1, language: labels.language }),
      );
      if (m.headline)
        blocks.push(
          ...paragraph(m.headline, width, measure, { size: 11, bold: true, after: 2, language: labels.language }),
        );
      if (m.body) blocks.push(...paragraph(m.body, width, measure, { size: 9, after: 2, language: labels.language }));
      if (m.cta)
        blocks.push(
          ...paragraph(`→ ${m.cta}`, width, measure, {
            size: 8.5,
            bold: true,
            colour: ACCENT,
            language: labels.language,
          }),
        );
      if (m.unknownKeys.length > 0)
        blocks.push(
          ...paragraph(labels.unknownFacts.replace('{keys}', m.unknownKeys.join(', ')), width, measure, {
            size: 7.5,
            colour: WARN,
            language: labels.language,
          }),
        );
      blocks.push({ height: 9, draw: () => undefined });
    }
    out.push({ stageIndex, name, blocks });
  });
  return out;
}
