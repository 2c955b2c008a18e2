import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../changes';
import {
  TABLES,
  emptyRow,
  type Channel,
  type Department,
  type Row,
  type Stage,
  type Touchpoint,
  type WorkshopNote,
} from '../schema/tables';
import { byOrder } from '../ordering';
import {
  TOUCHPOINT_TITLE_MAX,
  capTitle,
  planConversion,
  type ConversionChoices,
  type ConversionInput,
} from './conversion';

const J = 'journey-1';
const stages: Stage[] = ['s1', 's2'].map((id, i) => ({
  ...emptyRow('stages', id),
  journey_id: J,
  name: id,
  sort_key: String(i + 1),
}));
const channels: Channel[] = [
  { ...emptyRow('channels', 'mail'), name: 'E-Mail', kind: 'email', sort_key: '1' },
  { ...emptyRow('channels', 'store'), name: 'Filiale', kind: 'store', sort_key: '2' },
  { ...emptyRow('channels', 'gone'), name: 'Fax', kind: 'other', sort_key: '3', archived: true },
];
const departments: Department[] = [{ ...emptyRow('departments', 'sales'), name: 'Vertrieb', sort_key: '1' }];

const note = (
  id: string,
  stageId: string,
  text: string,
  sort_key: string,
  extra: Partial<WorkshopNote> = {},
): WorkshopNote => ({ ...emptyRow('workshop_notes', id), journey_id: J, stage_id: stageId, text, sort_key, ...extra });
const tp = (
  id: string,
  stageId: string,
  channelId: string,
  sort_key: string,
  extra: Partial<Touchpoint> = {},
): Touchpoint => ({
  ...emptyRow('touchpoints', id),
  journey_id: J,
  stage_id: stageId,
  channel_id: channelId,
  title: id,
  sort_key,
  ...extra,
});

const none: ConversionChoices = { defaultChannelId: null, channels: {}, owners: {} };

/** Rows after the edits, as the write path would leave them (later edits win, new ids make new rows). */
function applyTo<T extends 'touchpoints' | 'workshop_notes'>(
  table: T,
  rows: readonly Row<T>[],
  edits: readonly FieldEdit[],
): Row<T>[] {
  const byId = new Map(rows.map((r) => [r.id, { ...r }]));
  for (const e of edits.filter((x) => x.table === table)) {
    byId.set(e.row, { ...(byId.get(e.row) ?? emptyRow(table, e.row)), [e.column]: e.value });
  }
  return [...byId.values()];
}

function plan(notes: WorkshopNote[], choices: Partial<ConversionChoices> = {}, touchpoints: Touchpoint[] = []) {
  let n = 0;
  const input: ConversionInput = {
    journeyId: J,
    notes,
    touchpoints,
    stages,
    channels,
    departments,
    choices: { ...none, ...choices },
    newId: () => `new-${(n += 1)}`,
  };
  const result = planConversion(input);
  return {
    ...result,
    touchpoints: applyTo('touchpoints', touchpoints, result.edits),
    notes: applyTo('workshop_notes', notes, result.edits),
  };
}

describe('planConversion', () => {
  it('uses the channel a note named, and links the note to its touchpoint', () => {
    const r = plan([note('n1', 's1', '  Newsletter mit Rabatt ', '1', { channel_id: 'mail' })]);
    expect(r.skipped).toEqual([]);
    const created = r.touchpoints.find((t) => t.id === r.created.get('n1'))!;
    expect(created).toMatchObject({
      journey_id: J,
      stage_id: 's1',
      channel_id: 'mail',
      title: 'Newsletter mit Rabatt',
    });
    expect(r.notes.find((n) => n.id === 'n1')!.touchpoint_id).toBe(created.id);
  });

  it('gives notes without a channel the default one, and keeps them when there is none', () => {
    const notes = [note('n1', 's1', 'Beratung', '1'), note('n2', 's2', 'Abholung', '1', { channel_id: 'mail' })];
    const without = plan(notes);
    expect(without.skipped).toEqual([{ noteId: 'n1', reason: 'noChannel' }]);
    expect(without.notes.find((n) => n.id === 'n1')!.touchpoint_id).toBeNull();
    const withDefault = plan(notes, { defaultChannelId: 'store' });
    expect(withDefault.touchpoints.find((t) => t.id === withDefault.created.get('n1'))!.channel_id).toBe('store');
    // The note records where it went.
    expect(withDefault.notes.find((n) => n.id === 'n1')!.channel_id).toBe('store');
    // The note's own channel wins over the default; a choice in the step wins over both.
    expect(withDefault.touchpoints.find((t) => t.id === withDefault.created.get('n2'))!.channel_id).toBe('mail');
    const chosen = plan(notes, { defaultChannelId: 'store', channels: { n2: 'store' } });
    expect(chosen.touchpoints.find((t) => t.id === chosen.created.get('n2'))!.channel_id).toBe('store');
  });

  it('ignores archived or unknown channels, wherever they come from', () => {
    const r = plan([note('n1', 's1', 'Fax-Bestellung', '1', { channel_id: 'gone' })], { defaultChannelId: 'nope' });
    expect(r.skipped).toEqual([{ noteId: 'n1', reason: 'noChannel' }]);
    expect(r.edits).toEqual([]);
  });

  it('never converts a note twice, and skips deleted notes and notes of other journeys', () => {
    const r = plan([
      note('n1', 's1', 'Schon da', '1', { channel_id: 'mail', touchpoint_id: 'tp-old' }),
      note('n2', 's1', 'Gelöscht', '2', { channel_id: 'mail', tombstone: true }),
      note('n3', 's1', 'Andere Reise', '3', { channel_id: 'mail', journey_id: 'other' }),
      note('n4', 'stage-of-another-journey', 'Verwaist', '4', { channel_id: 'mail' }),
    ]);
    expect(r.created.size).toBe(0);
    expect(r.edits).toEqual([]);
    expect(r.skipped).toEqual([
      { noteId: 'n1', reason: 'converted' },
      { noteId: 'n4', reason: 'unknownStage' },
    ]);
  });

  it('places new cards after the cards a cell already holds, in the order of the notes', () => {
    const existing = [
      tp('a', 's1', 'mail', 'V'),
      tp('b', 's1', 'mail', 'k'),
      tp('c', 's1', 'store', 'z'),
      tp('d', 's1', 'mail', 'x', { tombstone: true }),
    ];
    const r = plan(
      [note('n2', 's1', 'Zweite', 'b', { channel_id: 'mail' }), note('n1', 's1', 'Erste', 'a', { channel_id: 'mail' })],
      {},
      existing,
    );
    const cell = byOrder(r.touchpoints.filter((t) => !t.tombstone && t.stage_id === 's1' && t.channel_id === 'mail'));
    expect(cell.map((t) => t.title)).toEqual(['a', 'b', 'Erste', 'Zweite']);
    expect(cell.every((t) => TABLES.touchpoints.sort_key.schema.safeParse(t.sort_key).success)).toBe(true);
  });

  it('caps long titles to the column limit, trimmed and with one space between words', () => {
    const long = `${'Kundenzufriedenheitsbefragung '.repeat(12)}Ende`;
    const r = plan([note('n1', 's1', `  ${long}`, '1', { channel_id: 'mail' })]);
    const title = r.touchpoints.find((t) => t.id === r.created.get('n1'))!.title;
    expect(title.length).toBeLessThanOrEqual(TOUCHPOINT_TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
    expect(TABLES.touchpoints.title.schema.safeParse(title).success).toBe(true);
    expect(TABLES.touchpoints.title.schema.safeParse('x'.repeat(TOUCHPOINT_TITLE_MAX + 1)).success).toBe(false);
    expect(capTitle('  Beratung \n am  Regal ')).toBe('Beratung am Regal');
  });

  it('sets the owner department when one was chosen and exists', () => {
    const r = plan(
      [note('n1', 's1', 'A', '1', { channel_id: 'mail' }), note('n2', 's1', 'B', '2', { channel_id: 'mail' })],
      { owners: { n1: 'sales', n2: 'unknown' } },
    );
    expect(r.touchpoints.find((t) => t.id === r.created.get('n1'))!.owner_department_id).toBe('sales');
    expect(r.touchpoints.find((t) => t.id === r.created.get('n2'))!.owner_department_id).toBeNull();
  });
});
