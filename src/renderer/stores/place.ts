import { ID_PATTERN } from '../../shared/schema/columns';
import {
  COVERAGE_TABS,
  HOME,
  JOURNEY_TABS,
  MESSAGES_TABS,
  SETTINGS_TABS,
  type JourneyView,
  type NavPlace,
} from './nav-store';

/**
 * The place in the address: `#/journeys/<id>?tp=<touchpoint>`, `#/messages/write?journey=…&tp=…`,
 * `#/coverage/matrix?journey=…`, `#/review?journey=…`, `#/settings/server`, each with `ws=<workspace>`.
 * A fragment rather than a path: the desktop app loads a file, and the browser host
 * keeps the fragment when it trades its token for a cookie, so a reload, the
 * browser's back and forward and a copied link all come back to the same place.
 */

export interface AddressPlace {
  place: NavPlace;
  workspaceId: string | null;
}

const id = (value: string | null | undefined): string | null => (value && ID_PATTERN.test(value) ? value : null);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function journeyPath(view: JourneyView): { path: string; query: Record<string, string | null> } {
  switch (view.kind) {
    case 'list':
      return { path: 'journeys', query: {} };
    case 'new':
      return { path: 'journeys/new', query: {} };
    case 'detail':
      return {
        path: `journeys/${view.journeyId}`,
        query: { tab: view.tab && view.tab !== 'map' ? view.tab : null, tp: view.touchpointId ?? null },
      };
    case 'present':
    case 'workshop':
      return { path: `journeys/${view.journeyId}/${view.kind}`, query: {} };
  }
}

function routeOf(place: NavPlace): { path: string; query: Record<string, string | null> } {
  switch (place.section) {
    case 'journeys':
      return journeyPath(place.journeyView);
    case 'messages':
      return {
        path: `messages/${place.messages.tab}`,
        query: { journey: place.messages.journeyId, tp: place.messages.touchpointId },
      };
    case 'coverage':
      return { path: `coverage/${place.coverage.tab}`, query: { journey: place.coverage.journeyId } };
    case 'review':
      return { path: 'review', query: { journey: place.reviewJourneyId } };
    case 'settings':
      return { path: `settings/${place.settingsTab}`, query: {} };
  }
}

/** The fragment for a place (with the leading '#'). */
export function hashOf(place: NavPlace, workspaceId: string | null): string {
  const { path, query } = routeOf(place);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (workspaceId) params.set('ws', workspaceId);
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

/** The place a fragment names; anything it does not name is where a fresh start would be. Null when it names nothing. */
export function parseHash(hash: string): AddressPlace | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith('/')) return null;
  const [pathPart = '', search = ''] = text.slice(1).split('?', 2);
  const parts = pathPart.split('/').filter((p) => p !== '');
  const params = new URLSearchParams(search);
  const workspaceId = id(params.get('ws'));
  const base: NavPlace = { ...HOME };
  const [section, second, third] = parts;
  switch (section) {
    case 'journeys': {
      const journeyId = id(second);
      let journeyView: JourneyView = { kind: 'list' };
      if (second === 'new') journeyView = { kind: 'new' };
      else if (journeyId && (third === 'present' || third === 'workshop')) journeyView = { kind: third, journeyId };
      else if (journeyId) {
        const tab = oneOf(JOURNEY_TABS, params.get('tab') ?? undefined, 'map');
        journeyView = {
          kind: 'detail',
          journeyId,
          touchpointId: id(params.get('tp')),
          ...(tab === 'map' ? {} : { tab }),
        };
      }
      return { workspaceId, place: { ...base, section: 'journeys', journeyView } };
    }
    case 'messages':
      return {
        workspaceId,
        place: {
          ...base,
          section: 'messages',
          messages: {
            tab: oneOf(MESSAGES_TABS, second, 'write'),
            journeyId: id(params.get('journey')),
            touchpointId: id(params.get('tp')),
          },
        },
      };
    case 'coverage':
      return {
        workspaceId,
        place: {
          ...base,
          section: 'coverage',
          coverage: { tab: oneOf(COVERAGE_TABS, second, 'overview'), journeyId: id(params.get('journey')) },
        },
      };
    case 'review':
      return { workspaceId, place: { ...base, section: 'review', reviewJourneyId: id(params.get('journey')) } };
    case 'settings':
      return {
        workspaceId,
        place: { ...base, section: 'settings', settingsTab: oneOf(SETTINGS_TABS, second, 'catalogue') },
      };
    default:
      return null;
  }
}

/** The journey a place is about, if any: undo names it when it takes the user there. */
export function journeyOf(place: NavPlace): string | null {
  switch (place.section) {
    case 'journeys':
      return 'journeyId' in place.journeyView ? place.journeyView.journeyId : null;
    case 'messages':
      return place.messages.journeyId;
    case 'coverage':
      return place.coverage.journeyId;
    case 'review':
      return place.reviewJourneyId;
    case 'settings':
      return null;
  }
}

/**
 * What the user is looking at, for undo: the journey (on its map, its board or
 * in Messages), the review desk's journey, or the settings page. An undo within
 * the same scope acts where the user is; another scope is shown first.
 */
export function scopeOf(place: NavPlace): string {
  switch (place.section) {
    case 'journeys':
      return `journeys:${place.journeyView.kind === 'present' ? 'detail' : place.journeyView.kind}:${journeyOf(place) ?? ''}`;
    case 'settings':
      return `settings:${place.settingsTab}`;
    default:
      return `${place.section}:${journeyOf(place) ?? ''}`;
  }
}
