import type { JourneyExportInput } from './journey-data';
import { resolveJourney } from './journey-data';

export interface MermaidLabels {
  untitled: string;
  unnamedStage: string;
}

/**
 * Characters Mermaid's journey grammar reads as syntax: ':' ends a task name,
 * ',' separates actors, ';' and '#' start statements or entities, and a line
 * break ends the statement. They become look-alikes or spaces, so a title
 * keeps its meaning and umlauts stay as they are.
 */
function clean(text: string, actor = false): string {
  let out = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '∶')
    .replace(/;/g, ',')
    .replace(/#/g, '№')
    .replace(/%%/g, '%');
  if (actor) out = out.replace(/,/g, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** Emotion −2…+2 as Mermaid's 1…5 satisfaction score. */
export function mermaidScore(emotion: number): number {
  return Math.min(5, Math.max(1, Math.round(emotion) + 3));
}

/**
 * The journey as Mermaid `journey` text: a section per stage, a task per
 * touchpoint in map order (stage by stage, lane by lane) with its channel and
 * owner department as the actors.
 */
export function toMermaidJourney(input: JourneyExportInput, labels: MermaidLabels): string {
  const r = resolveJourney(input);
  const lines = ['journey', `  title ${clean(input.journey.name) || labels.untitled}`];
  r.stages.forEach((stage, s) => {
    lines.push(`  section ${clean(stage.name) || labels.unnamedStage}`);
    const inStage = r.lanes.flatMap((_, lane) => r.cells[lane]![s]!);
    for (const tp of inStage) {
      const actors = [
        tp.channel_id === null ? undefined : r.channels.get(tp.channel_id)?.name,
        tp.owner_department_id === null ? undefined : r.departments.get(tp.owner_department_id)?.name,
      ]
        .map((a) => (a === undefined ? '' : clean(a, true)))
        .filter(Boolean);
      const task = `${clean(tp.title) || labels.untitled}: ${mermaidScore(tp.emotion)}`;
      lines.push(`    ${actors.length > 0 ? `${task}: ${actors.join(', ')}` : task}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
