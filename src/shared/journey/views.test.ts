import { describe, expect, it } from 'vitest';
import { emptyRow, type Message } from '../schema/tables';
import { stageKeyMessages } from './key-messages';
import { JOURNEY, journeyFixture } from './testing';
import {
  channelLanes,
  customerVoice,
  departmentLanes,
  handoffNumbers,
  lostHandoffs,
  lostInStage,
  timeColumns,
} from './views';

describe('time columns', () => {
  it('a column per step in time order, and one for a stage without steps', () => {
    const f = journeyFixture({ stages: 3, touchpoints: ['0/0/V:B', '0/1/F:A', '0/2/F:A2', '2/0/F:C'] });
    const columns = timeColumns(f.slice());
    expect(columns.map((c) => [c.index, c.stageIndex, c.step?.touchpoints.map((tp) => tp.title) ?? null])).toEqual([
      [0, 0, ['A', 'A2']],
      [1, 0, ['B']],
      [2, 1, null],
      [3, 2, ['C']],
    ]);
  });

  it('an empty journey has no columns; a journey of empty stages one per stage', () => {
    expect(timeColumns(journeyFixture({ stages: 0 }).slice())).toEqual([]);
    expect(timeColumns(journeyFixture({ stages: 2 }).slice()).map((c) => c.step)).toEqual([null, null]);
  });
});

describe('lost hand-offs', () => {
  const f = journeyFixture({
    stages: 2,
    touchpoints: ['0/0/F:Mail', '0/1/V:Call', '1/0/F:Store'],
    owners: { Mail: 0, Call: 1, Store: 1 },
    backstage: ['1:Ticket>Call', '2:Stock>Store', '0:Note@0/-'],
    transitions: [
      ['Call', 'Store', false],
      ['Mail', 'Call', false],
      ['Mail', 'Store', true],
    ],
    handoffs: [
      ['Ticket', 'Stock', false],
      ['Note', 'Ticket', true],
    ],
  });
  const lost = lostHandoffs(f.slice());

  it('numbers front and backstage hand-offs that lose context together, in the time order of where they start', () => {
    expect(lost.map((h) => [h.number, h.layer, h.fromId, h.toId])).toEqual([
      [1, 'front', f.id('Mail'), f.id('Call')],
      [2, 'front', f.id('Call'), f.id('Store')],
      [3, 'back', f.id('Ticket'), f.id('Stock')],
    ]);
    // Mail (department 0) → Call (department 1) crosses; Ticket (1) → Stock (2) too; Call → Store stays in 1.
    expect(lost.map((h) => h.crossesDepartments)).toEqual([true, false, true]);
  });

  it('knows which numbers a card carries and which hand-offs stay inside a stage', () => {
    const numbers = handoffNumbers(lost);
    expect(numbers.get(f.id('Call'))).toEqual([1, 2]);
    expect(numbers.get(f.id('Ticket'))).toEqual([3]);
    expect(numbers.has(f.id('Note'))).toBe(false);
    expect(lostInStage(lost, 0).map((h) => h.number)).toEqual([1]);
    expect(lostInStage(lost, 1).map((h) => h.number)).toEqual([]);
  });
});

describe('lanes in use', () => {
  it('channels and departments with something on the map, in catalogue order', () => {
    const f = journeyFixture({
      channels: 3,
      departments: 3,
      touchpoints: ['0/2/F:A', '0/0/V:B'],
      backstage: ['2:X>A', '-:Y>B'],
    });
    const slice = f.slice();
    expect(channelLanes(slice).map((l) => l.name)).toEqual(['C0', 'C2']);
    expect(departmentLanes(slice).map((l) => l.department?.name ?? null)).toEqual(['D2', null]);
  });

  it("the customer's voice in one line", () => {
    const quote = (s: string) => `“${s}”`;
    expect(customerVoice({ thinks: ' Too slow ', feels: 'annoyed', says: 'Where is it?' }, quote)).toBe(
      'Too slow · annoyed · “Where is it?”',
    );
    expect(customerVoice({ thinks: '', feels: '', says: '' }, quote)).toBe('');
  });
});

describe('key messages of a stage', () => {
  it("stage messages first, then the touchpoints' in time order; facts filled in; repeats once; empty ones left out", () => {
    const f = journeyFixture({ stages: 2, touchpoints: ['0/0/V:Late', '0/1/F:Early', '1/0/F:Other'] });
    const stageId = f.slice().stages[0]!.id;
    const m = (id: string, fields: Partial<Message>): Message => ({ ...emptyRow('messages', id), ...fields });
    const slice = f.apply(
      [
        m('m-1', { touchpoint_id: f.id('Late'), headline: 'Late one' }),
        m('m-2', { touchpoint_id: f.id('Early'), headline: 'Ready in {{hours}} hours', cta: 'Go' }),
        m('m-3', { journey_id: JOURNEY, stage_id: stageId, headline: 'For the stage' }),
        m('m-4', { touchpoint_id: f.id('Other'), headline: 'Other stage' }),
        m('m-5', { touchpoint_id: f.id('Late'), headline: 'Late one' }),
        m('m-6', { touchpoint_id: f.id('Late') }),
        m('m-7', { touchpoint_id: f.id('Early'), body: 'Unknown {{nope}}' }),
      ].flatMap((row) =>
        Object.entries(row)
          .filter(([column]) => column !== 'id')
          .map(([column, value]) => ({ table: 'messages' as const, row: row.id, column, value: value as never })),
      ),
    );
    const messages = stageKeyMessages(slice, 0, new Map([['hours', '2']]));
    expect(messages.map((x) => [x.id, x.headline, x.touchpointId])).toEqual([
      ['m-3', 'For the stage', null],
      ['m-2', 'Ready in 2 hours', f.id('Early')],
      ['m-7', '', f.id('Early')],
      ['m-1', 'Late one', f.id('Late')],
    ]);
    expect(messages[1]!.channelId).toBe('chan-00001');
    expect(messages[2]!.unknownKeys).toEqual(['nope']);
    expect(stageKeyMessages(slice, 1, new Map()).map((x) => x.headline)).toEqual(['Other stage']);
    expect(stageKeyMessages(slice, 5, new Map())).toEqual([]);
  });
});
