import type { TFunction } from 'i18next';
import type { VariantField } from '../../../../shared/messages';
import { fieldName, variantName } from '../labels';
import type { MessagesData } from '../useMessagesData';

export interface PlaceIds {
  journeyId?: string | undefined;
  touchpointId?: string | undefined;
  messageId?: string | null | undefined;
  variantId?: string | undefined;
  field?: VariantField | 'sms' | undefined;
}

/** Where something is, in words: journey › stage › touchpoint › variant (or core message) › field. */
export function placeText(t: TFunction, data: MessagesData, ids: PlaceIds): string {
  const message = ids.messageId ? data.messages.find((m) => m.id === ids.messageId) : undefined;
  const touchpointId = ids.touchpointId ?? message?.touchpoint_id ?? undefined;
  const touchpoint = touchpointId ? data.touchpoints.find((tp) => tp.id === touchpointId) : undefined;
  const journeyId = ids.journeyId ?? touchpoint?.journey_id ?? message?.journey_id ?? undefined;
  const journey = journeyId ? data.allJourneys.find((j) => j.id === journeyId) : undefined;
  const stageId = touchpoint?.stage_id ?? message?.stage_id;
  const stage = stageId ? data.stages.find((s) => s.id === stageId) : undefined;
  const variant = ids.variantId ? data.variants.find((v) => v.id === ids.variantId) : undefined;
  const parts: string[] = [];
  if (journey) parts.push(journey.name || t('journeys.unnamed'));
  if (stage) parts.push(stage.name);
  if (touchpoint) parts.push(touchpoint.title || t('messages.outline.untitled'));
  if (variant) parts.push(variantName(t, data.channelById, variant));
  else if (message) parts.push(t('messages.editor.coreTitle'));
  if (ids.field) parts.push(fieldName(t, ids.field));
  return parts.join(' › ');
}
