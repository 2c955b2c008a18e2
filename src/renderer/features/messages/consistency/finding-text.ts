import type { TFunction } from 'i18next';
import type { ConsistencyFinding, PlaceholderProblemKind } from '../../../../shared/messages';
import type { Channel, Variant } from '../../../../shared/schema/tables';
import { conditionWarningText } from '../editor/condition-warning-text';
import { channelName, fieldName, placeholderOf } from '../labels';

function str(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}

function num(v: string | number | undefined): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

/** A consistency finding in words. The place it points to is shown next to it, so the text names only what is wrong. */
export function findingText(
  t: TFunction,
  f: ConsistencyFinding,
  variants: readonly Variant[],
  channels: ReadonlyMap<string, Channel>,
): string {
  const p = f.params;
  const channel = channelName(t, channels, f.channelId);
  const field = f.field ? fieldName(t, f.field) : '';
  switch (f.rule) {
    case 'channel_without_variant':
      return t('messages.findings.channel_without_variant', { channel });
    case 'core_serves_channel':
      return t('messages.findings.core_serves_channel', { channel });
    case 'number_differs':
      return t('messages.findings.number_differs', { found: str(p.found), expected: str(p.expected), field });
    case 'unknown_placeholder':
      return t('messages.findings.unknown_placeholder', { placeholder: placeholderOf(str(p.key)), field });
    case 'malformed_placeholder':
      return t('messages.findings.malformed_placeholder', {
        problem: t(`messages.findings.placeholderKinds.${str(p.kind) as PlaceholderProblemKind}`),
        field,
      });
    case 'fact_contradiction':
      return t('messages.findings.fact_contradiction', {
        found: str(p.found),
        expected: str(p.expected),
        placeholder: placeholderOf(str(p.factKey)),
        field,
      });
    case 'over_length':
      return p.constraint === 'sms_segments'
        ? t('messages.violations.sms_segments', { channel, actual: num(p.actual), limit: num(p.limit) })
        : t('messages.violations.max_length', {
            field,
            channel,
            actual: num(p.actual),
            limit: num(p.limit),
            over: num(p.actual) - num(p.limit),
          });
    case 'channel_constraint':
      switch (p.constraint) {
        case 'field_not_supported':
          return t('messages.violations.field_not_supported', { field, channel });
        case 'link_not_allowed':
          return t('messages.violations.link_not_allowed', { match: str(p.match), channel });
        case 'image_not_allowed':
          return t('messages.violations.image_not_allowed', { match: str(p.match), channel });
        default:
          return f.field === 'subject'
            ? t('messages.violations.subject_required', { channel })
            : t('messages.violations.content_required');
      }
    case 'banned_term':
      return t('messages.findings.banned_term', { term: str(p.term), field });
    case 'required_term_missing':
      return t('messages.findings.required_term_missing', { term: str(p.term) });
    case 'drift_missing_fact':
      return t('messages.findings.drift_missing_fact', { placeholder: placeholderOf(str(p.factKey)) });
    case 'drift_stale':
      return t('messages.findings.drift_stale');
    case 'condition_never_applies': {
      const kind = str(p.reason) as
        'unknown_channel' | 'archived_channel' | 'shadowed' | 'duplicate' | 'duplicate_default';
      return conditionWarningText(
        t,
        {
          kind,
          channelId: f.channelId ?? '',
          byVariantId: str(p.byVariantId) || undefined,
          conditionChannelId: str(p.conditionChannelId) || undefined,
        },
        variants,
        channels,
      );
    }
    case 'no_default_variant':
      return t('messages.conditionWarnings.no_default', { channel });
  }
}
