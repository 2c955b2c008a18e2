import { describe, expect, it } from 'vitest';
import { axisLines } from './axis-lines';
import { channelColour } from './palette';
import { parseView } from './view-state';

describe('axisLines', () => {
  it('keeps short names on one line and wraps at spaces', () => {
    expect(axisLines('Sales', 20, 2)).toEqual(['Sales']);
    expect(axisLines('Marketing (digital) and brand', 20, 2)).toEqual(['Marketing (digital)', 'and brand']);
  });

  it('breaks a long German compound inside the word, with a hyphen', () => {
    expect(axisLines('Kundendienstleistungsabteilungsleitung', 20, 2)).toEqual([
      'Kundendienstleistun-',
      'gsabteilungsleitung',
    ]);
  });

  it('cuts what does not fit with an ellipsis', () => {
    const lines = axisLines('Filialbetrieb und stationärer Einzelhandel Süddeutschland und Österreich', 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
});

describe('parseView', () => {
  it('restores what was stored', () => {
    const view = { scope: { kind: 'journey', journeyId: 'jny-1' }, tab: 'findings', onlyUsedChannels: true };
    expect(parseView(JSON.stringify(view))).toEqual(view);
  });

  it('falls back field by field on anything unexpected', () => {
    expect(parseView(null)).toEqual({ scope: { kind: 'workspace' }, tab: 'overview', onlyUsedChannels: false });
    expect(parseView('{not json')).toEqual({ scope: { kind: 'workspace' }, tab: 'overview', onlyUsedChannels: false });
    expect(parseView(JSON.stringify({ scope: { kind: 'journey' }, tab: 'secret', onlyUsedChannels: 'yes' }))).toEqual({
      scope: { kind: 'workspace' },
      tab: 'overview',
      onlyUsedChannels: false,
    });
  });
});

describe('channelColour', () => {
  it('gives each channel position a colour, repeating after sixteen', () => {
    expect(channelColour(0)).toMatch(/^#[0-9a-f]{6}$/);
    expect(channelColour(16)).toBe(channelColour(0));
    expect(new Set(Array.from({ length: 16 }, (_, i) => channelColour(i))).size).toBe(16);
  });
});
