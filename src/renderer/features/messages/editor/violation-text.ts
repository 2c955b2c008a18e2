import type { TFunction } from 'i18next';
import type { ConstraintViolation } from '../../../../shared/messages';
import { fieldName } from '../labels';

/** A channel rule violation in words; `channel` is the channel's name. */
export function violationText(t: TFunction, v: ConstraintViolation, channel: string): string {
  const field = fieldName(t, v.field);
  switch (v.rule) {
    case 'max_length':
      return t('messages.violations.max_length', {
        field,
        channel,
        actual: v.actual ?? 0,
        limit: v.limit ?? 0,
        over: (v.actual ?? 0) - (v.limit ?? 0),
      });
    case 'sms_segments':
      return t('messages.violations.sms_segments', { channel, actual: v.actual ?? 0, limit: v.limit ?? 0 });
    case 'field_not_supported':
      return t('messages.violations.field_not_supported', { field, channel });
    case 'field_required':
      return v.field === 'subject'
        ? t('messages.violations.subject_required', { channel })
        : t('messages.violations.content_required');
    case 'link_not_allowed':
      return t('messages.violations.link_not_allowed', { match: v.match ?? '', channel });
    case 'image_not_allowed':
      return t('messages.violations.image_not_allowed', { match: v.match ?? '', channel });
  }
}
