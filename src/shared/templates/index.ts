import { clickAndCollect } from './click-and-collect';
import { complaintEscalation } from './complaint-escalation';
import { deviceHopping } from './device-hopping';
import { ropo } from './ropo';
import type { JourneyTemplate } from './types';

/** The templates offered when a journey is created, in the order they are shown. */
export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [
  deviceHopping,
  ropo,
  clickAndCollect,
  complaintEscalation,
];

export function templateById(id: string): JourneyTemplate | undefined {
  return JOURNEY_TEMPLATES.find((t) => t.id === id);
}

export { buildFromTemplate, mapDepartments, type TemplateContext, type TemplateResult } from './build';
export type { JourneyTemplate } from './types';
