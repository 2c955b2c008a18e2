import { z } from 'zod';
import type { JourneyRows } from '../journey/rows';

/**
 * The rows a journey export reads: the journey slice's rows (src/shared/journey),
 * so the exports tell the same story as the map. Deleted and archived rows may be
 * passed in; the slice leaves them out.
 */
export type JourneyExportInput = JourneyRows;

const label = z.string().max(200);

/**
 * The words of a journey export in the reader's language. The page translates
 * them (the main process has no catalogue) and sends them with the request.
 */
export const journeyLabelsSchema = z.object({
  /** The reader's language: long words in the layout break by its hyphenation patterns. */
  language: z.enum(['de', 'en']),
  /** "Customer journey": the document kind, also the file name's first word. */
  kind: label,
  persona: label,
  /** The export date, formatted by the page in its locale. */
  date: label,
  /** "Page {page} of {pages}". */
  page: label,
  noChannel: label,
  noOwner: label,
  untitled: label,
  unnamedStage: label,
  continued: label,
  backChannel: label,
  knowsHistory: label,
  emotion: label,
  legend: label,
  departments: label,
  handoffs: label,
  noHandoffs: label,
  empty: label,
  /** "Step": the row of step numbers over the time columns. */
  step: label,
  /** Row header of what the customer thinks, feels and says. */
  voice: label,
  /** Opening and closing quotation marks around what the customer says, e.g. "“" and "”". */
  /** "Emotion over time": the curve's row header. */
  curve: label,
  /** "Lowest" / "Highest": the labels of the curve's marked moments. */
  lowest: label,
  highest: label,
  /** "Range of parallel touchpoints" in the legend. */
  curveRange: label,
  lineOfVisibility: label,
  backstage: label,
  noDepartment: label,
  systems: label,
  /** "Hand-off that carries context" in the legend. */
  carried: label,
  keyMessages: label,
  /** Where a message of the whole stage stands instead of a touchpoint's name. */
  stageMessage: label,
  unknownFacts: label,
});
export type JourneyLabels = z.infer<typeof journeyLabelsSchema>;
