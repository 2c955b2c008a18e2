import { describe, expect, it } from 'vitest';
import { HOME, type NavPlace } from './nav-store';
import { hashOf, journeyOf, parseHash, scopeOf } from './place';

const J = 'journey-0001';
const T = 'touchpoint-01';
const W = 'workspace-01';

describe('the place in the address', () => {
  const places: NavPlace[] = [
    HOME,
    { ...HOME, journeyView: { kind: 'new' } },
    { ...HOME, journeyView: { kind: 'detail', journeyId: J, touchpointId: T } },
    { ...HOME, journeyView: { kind: 'detail', journeyId: J, touchpointId: null } },
    { ...HOME, journeyView: { kind: 'present', journeyId: J } },
    { ...HOME, journeyView: { kind: 'workshop', journeyId: J } },
    { ...HOME, section: 'messages', messages: { tab: 'check', journeyId: J, touchpointId: T } },
    { ...HOME, section: 'coverage', coverage: { tab: 'findings', journeyId: J } },
    { ...HOME, section: 'coverage', coverage: { tab: 'trend', journeyId: null } },
    { ...HOME, section: 'review', reviewJourneyId: J },
    { ...HOME, section: 'settings', settingsTab: 'server' },
    { ...HOME, journeyView: { kind: 'detail', journeyId: J, touchpointId: null, tab: 'review' } },
  ];

  it('reads back every place it writes, with the workspace', () => {
    for (const place of places) {
      const parsed = parseHash(hashOf(place, W));
      expect(parsed?.workspaceId).toBe(W);
      expect(hashOf(parsed!.place, W)).toBe(hashOf(place, W));
      if (place.section !== 'journeys' || place.journeyView.kind !== 'detail')
        expect(parsed!.place[place.section === 'journeys' ? 'journeyView' : 'section']).toEqual(
          place[place.section === 'journeys' ? 'journeyView' : 'section'],
        );
    }
    expect(hashOf(places[2]!, W)).toBe(`#/journeys/${J}?tp=${T}&ws=${W}`);
    expect(hashOf(places[11]!, W)).toBe(`#/journeys/${J}?tab=review&ws=${W}`);
    expect(parseHash(`#/journeys/${J}?tab=review`)?.place.journeyView).toEqual(places[11]!.journeyView);
    // The map is the page's default: no tab in its address, and an unknown tab is the map.
    expect(parseHash(`#/journeys/${J}?tab=secret`)?.place.journeyView).toEqual(places[3]!.journeyView);
  });

  it('names the journey a place is about', () => {
    expect(places.map(journeyOf)).toEqual([null, null, J, J, J, J, J, J, null, J, null, J]);
  });

  it('ignores what it does not know and ids that are not ids', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#top')).toBeNull();
    expect(parseHash('#/nowhere')).toBeNull();
    expect(parseHash('#/settings/secret')?.place.settingsTab).toBe('catalogue');
    expect(parseHash('#/journeys/<script>')?.place.journeyView).toEqual({ kind: 'list' });
    expect(parseHash(`#/journeys/${J}?tp=a%20b&ws=x`)).toEqual({
      workspaceId: null,
      place: { ...HOME, journeyView: { kind: 'detail', journeyId: J, touchpointId: null } },
    });
  });
});

describe('the scope undo acts in', () => {
  it('is the journey, whichever card or tab is open; the settings page; not the section alone', () => {
    const detail = (tp: string | null): NavPlace => ({
      ...HOME,
      journeyView: { kind: 'detail', journeyId: J, touchpointId: tp },
    });
    expect(scopeOf(detail(T))).toBe(scopeOf(detail(null)));
    expect(scopeOf(detail(null))).not.toBe(
      scopeOf({ ...HOME, journeyView: { kind: 'detail', journeyId: 'journey-0002' } }),
    );
    expect(scopeOf(detail(null))).not.toBe(scopeOf({ ...HOME, journeyView: { kind: 'workshop', journeyId: J } }));
    const messages = (tab: 'write' | 'facts'): NavPlace => ({
      ...HOME,
      section: 'messages',
      messages: { tab, journeyId: J, touchpointId: null },
    });
    expect(scopeOf(messages('write'))).toBe(scopeOf(messages('facts')));
    expect(scopeOf({ ...HOME, section: 'settings', settingsTab: 'general' })).not.toBe(
      scopeOf({ ...HOME, section: 'settings', settingsTab: 'catalogue' }),
    );
  });
});
