import type { TFunction } from 'i18next';
import { CHANNEL_KINDS, OWNERSHIPS, type TableName } from '../../../shared/schema/tables';
import type { TableRows } from '../../stores/data-store';
import { formatValue, rowTitle } from './format';

/** Which table a reference column points into. */
const REFERENCES: Record<string, TableName> = {
  journey_id: 'journeys',
  stage_id: 'stages',
  channel_id: 'channels',
  touchpoint_id: 'touchpoints',
  from_touchpoint_id: 'touchpoints',
  to_touchpoint_id: 'touchpoints',
  owner_department_id: 'departments',
  persona_id: 'personas',
  message_id: 'messages',
  parent_id: 'comments',
  supporting_department_ids: 'departments',
  preferred_channel_ids: 'channels',
};

/** The table a column refers to, for loading the names it shows. */
export function referencedTable(column: string): TableName | undefined {
  return REFERENCES[column];
}

const APPROVALS = ['draft', 'in_review', 'changes_requested', 'approved'] as const;

/** The sign the map puts before an emotion: −2 … +2. */
function emotionSign(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/**
 * A value of a field as the screens show it: an emotion as "−2 very negative",
 * a reference by the name of what it points to, a channel kind or an approval
 * state in words. What has no better form falls back to formatValue.
 */
export function fieldValueText(
  t: TFunction,
  rows: TableRows,
  field: { table: TableName; column: string },
  value: unknown,
): string {
  const { table, column } = field;
  if (table === 'touchpoints' && column === 'emotion' && typeof value === 'number' && value >= -2 && value <= 2)
    return `${emotionSign(value)} ${t(`map.card.emotion.${String(value) as '-2' | '-1' | '0' | '1' | '2'}`)}`;
  if (column === 'tombstone' && typeof value === 'boolean')
    return value ? t('sync.conflicts.deleted') : t('sync.conflicts.present');
  if (table === 'channels' && column === 'kind' && (CHANNEL_KINDS as readonly unknown[]).includes(value))
    return t(`channels.kinds.${value as (typeof CHANNEL_KINDS)[number]}`);
  if (table === 'channels' && column === 'ownership' && (OWNERSHIPS as readonly unknown[]).includes(value))
    return t(`channels.ownerships.${value as (typeof OWNERSHIPS)[number]}`);
  if (table === 'journeys' && column === 'approval' && (APPROVALS as readonly unknown[]).includes(value))
    return t(`review.state.${value as (typeof APPROVALS)[number]}`);
  const target = REFERENCES[column];
  if (target) {
    const name = (id: unknown) =>
      typeof id === 'string' ? (rowTitle(rows, target, id) ?? t('sync.conflicts.unnamedRow')) : formatValue(t, id);
    if (Array.isArray(value)) return value.length === 0 ? t('sync.conflicts.empty_value') : value.map(name).join(', ');
    if (value !== null && value !== undefined) return name(value);
  }
  return formatValue(t, value);
}
