import { describe, expect, it } from 'vitest';
import { emptyRow } from '../../../shared/schema/tables';
import { createI18n } from '../../i18n';
import type { TableRows } from '../../stores/data-store';
import { fieldValueText } from './field-value';

const i18n = createI18n('en');
const en = i18n.getFixedT('en');
const de = i18n.getFixedT('de');

const rows: TableRows = {
  departments: [
    { ...emptyRow('departments', 'dept-sales-1'), name: 'Sales' },
    { ...emptyRow('departments', 'dept-care-01'), name: 'Customer care' },
  ],
  channels: [{ ...emptyRow('channels', 'channel-sms1'), name: 'SMS' }],
};

describe('a conflicting value, as the screens show it', () => {
  it('shows an emotion with its sign and word, in the interface language', () => {
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'emotion' }, -2)).toBe('−2 very negative');
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'emotion' }, 1)).toBe('+1 positive');
    expect(fieldValueText(de, rows, { table: 'touchpoints', column: 'emotion' }, 0)).toMatch(/^0 \S/);
  });

  it('names what a reference points to, and says when it is gone', () => {
    const owner = { table: 'touchpoints', column: 'owner_department_id' } as const;
    expect(fieldValueText(en, rows, owner, 'dept-sales-1')).toBe('Sales');
    expect(fieldValueText(en, rows, owner, 'dept-gone-01')).toBe('(no longer there)');
    expect(fieldValueText(en, rows, owner, null)).toBe('(empty)');
    const supporting = { table: 'touchpoints', column: 'supporting_department_ids' } as const;
    expect(fieldValueText(en, rows, supporting, ['dept-sales-1', 'dept-care-01'])).toBe('Sales, Customer care');
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'channel_id' }, 'channel-sms1')).toBe('SMS');
  });

  it('words states and kinds; leaves plain text as it is', () => {
    expect(fieldValueText(en, rows, { table: 'journeys', column: 'approval' }, 'changes_requested')).toBe(
      'Changes requested',
    );
    expect(fieldValueText(en, rows, { table: 'channels', column: 'kind' }, 'call_centre')).toBe('Call centre');
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'tombstone' }, true)).toBe('deleted');
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'title' }, 'Checkout')).toBe('Checkout');
    expect(fieldValueText(en, rows, { table: 'touchpoints', column: 'back_channel' }, false)).toBe('no');
  });
});
