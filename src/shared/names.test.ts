import { describe, expect, it } from 'vitest';
import { distinctLabels, nameKey, sameNamed } from './names';

describe('names a person tells apart', () => {
  it('treats case, spaces and composed umlauts as the same name', () => {
    expect(nameKey('  Kunden  Service ')).toBe(nameKey('kunden service'));
    expect(nameKey('Fil\u0069ale Köln')).toBe(nameKey('Filiale Ko\u0308ln'));
    expect(nameKey('Sales')).not.toBe(nameKey('Sales 2'));
  });

  it('finds another row of the same name, never the row itself', () => {
    const rows = [
      { id: 'a', name: 'Sales' },
      { id: 'b', name: 'Marketing' },
    ];
    expect(sameNamed(' sales', rows)?.id).toBe('a');
    expect(sameNamed('Sales', rows, 'a')).toBeUndefined();
    expect(sameNamed('', rows)).toBeUndefined();
  });

  it('labels rows of the same name by their hint, or by number when the hints do not tell them apart', () => {
    const journeys = [
      { id: '1', name: 'Bike purchase', persona: 'Jana' },
      { id: '2', name: 'Bike purchase', persona: 'Markus' },
      { id: '3', name: 'Returns', persona: '' },
      { id: '4', name: 'returns ', persona: '' },
      { id: '5', name: 'Service', persona: '' },
    ];
    const labels = distinctLabels(
      journeys,
      (j) => j.name,
      (j) => j.persona || null,
    );
    expect([...labels.values()]).toEqual([
      'Bike purchase — Jana',
      'Bike purchase — Markus',
      'Returns (1)',
      'returns (2)',
      'Service',
    ]);
    expect(new Set(labels.values()).size).toBe(journeys.length);
  });
});
