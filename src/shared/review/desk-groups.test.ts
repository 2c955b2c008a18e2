import { describe, expect, it } from 'vitest';
import { journeyFixture } from '../journey/testing';
import { rowsOf } from '../map/testing';
import { emptyRow } from '../schema/tables';
import { deskGroups } from './desk-groups';
import { targetKey, type Thread } from './threads';

const thread = (id: string): Thread[] => [{ root: { ...emptyRow('comments', `cm-${id}`), body: id }, replies: [] }];

describe('the review desk’s places', () => {
  it('come in the journey’s order as the map tells it: touchpoints in time, their messages alike', () => {
    // Stored order (ids, cell order) says Call before Mail; the map puts Mail first (same step, lane 1 before lane 2).
    const f = journeyFixture({ touchpoints: ['0/2/A:Call', '0/1/A:Mail', '0/0/V:Confirm', '1/0/-:Leaflet'] });
    const rows = f.rows();
    const messages = ['Confirm', 'Call', 'Mail'].map((title) => ({
      ...emptyRow('messages', `msg-${title}`),
      touchpoint_id: f.id(title),
    }));
    const threads = new Map<string, Thread[]>();
    for (const title of ['Leaflet', 'Confirm', 'Call', 'Mail'])
      threads.set(targetKey('touchpoints', f.id(title)), thread(title));
    for (const m of messages) threads.set(targetKey('messages', m.id), thread(m.id));

    const groups = deskGroups(rows.journey, threads, {
      stages: rows.stages,
      touchpoints: rows.touchpoints,
      channels: rowsOf(f.tables, 'channels'),
      messages,
    });
    expect(groups.filter((g) => g.target === 'touchpoints').map((g) => g.name)).toEqual(
      f.slice().touchpoints.map((tp) => tp.title),
    );
    expect(groups.filter((g) => g.target === 'touchpoints').map((g) => g.name)).toEqual([
      'Mail',
      'Call',
      'Confirm',
      'Leaflet',
    ]);
    expect(groups.filter((g) => g.target === 'messages').map((g) => g.name)).toEqual(['Mail', 'Call', 'Confirm']);
  });
});
