import type { JourneySlice } from '../journey/slice';

export interface MermaidLabels {
  untitled: string;
  unnamedStage: string;
}

/**
 * Mermaid's `journey` grammar (its lexer, case-insensitive, first rule wins):
 * a line is `title …`, `section …` or `task: score: actor, actor`. Text is
 * made safe for it without losing what it says:
 * - ':' ends a task name and separates score and actors → '∶' (ratio sign);
 * - '#' and ';' end a statement ('#' starts a comment) → '＃', ',';
 * - '%' starts a comment at the start of a token, '%%' anywhere → '％';
 * - line breaks and other white space → one space;
 * - ',' separates actors → a space inside an actor's name;
 * - a task whose name begins with a keyword (journey, title, section,
 *   accTitle, accDescr) would be read as that statement → a word joiner
 *   (U+2060, invisible) goes in front.
 * Umlauts, emoji and quotes stay as they are.
 */
function clean(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/:/g, '∶')
    .replace(/;/g, ',')
    .replace(/#/g, '＃')
    .replace(/%(?=%)|^%/g, '％');
}

const KEYWORD_START = /^(journey|title|section|acctitle|accdescr|%)/i;
const WORD_JOINER = '\u2060';

function taskName(text: string): string {
  return KEYWORD_START.test(text) ? WORD_JOINER + text : text;
}

function actor(text: string): string {
  return clean(text).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Emotion −2…+2 as Mermaid's 1…5 satisfaction score. */
export function mermaidScore(emotion: number): number {
  return Math.min(5, Math.max(1, Math.round(emotion) + 3));
}

/**
 * The journey as Mermaid `journey` text: a section per stage and a task per
 * touchpoint in the customer's time order (parallel touchpoints one after the
 * other, in lane order), named with its channel; its owner and supporting
 * departments are the actors.
 */
export function toMermaidJourney(slice: JourneySlice, labels: MermaidLabels): string {
  const lines = ['journey', `  title ${clean(slice.journey.name) || clean(labels.untitled)}`];
  slice.stages.forEach((stage, s) => {
    lines.push(`  section ${clean(stage.name) || clean(labels.unnamedStage)}`);
    for (const step of slice.stepsByStage[s]!) {
      for (const tp of step.touchpoints) {
        const channel = tp.channel_id === null ? undefined : slice.channels.get(tp.channel_id)?.name.trim();
        const title = clean(tp.title) || clean(labels.untitled);
        const name = taskName(channel ? `${title} (${clean(channel)})` : title);
        const departments = [tp.owner_department_id, ...tp.supporting_department_ids]
          .filter((id, i, all): id is string => id !== null && all.indexOf(id) === i)
          .map((id) => slice.departments.get(id)?.name ?? '')
          .map(actor)
          .filter(Boolean);
        const task = `${name}: ${mermaidScore(tp.emotion)}`;
        lines.push(`    ${departments.length > 0 ? `${task}: ${departments.join(', ')}` : task}`);
      }
    }
  });
  return `${lines.join('\n')}\n`;
}
