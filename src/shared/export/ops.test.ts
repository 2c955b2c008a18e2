import { describe, expect, it } from 'vitest';
import { estimateWidth, fitLine, wrapText } from './ops';

describe('text fitting', () => {
  it('wraps on words and breaks an overlong compound with a hyphen', () => {
    const lines = wrapText('Suchmaschinenanzeigen und mehr', 60, 10, false, estimateWidth, Infinity, 'de');
    for (const line of lines) expect(estimateWidth(line, 10, false)).toBeLessThanOrEqual(60);
    // At syllable boundaries of the German patterns: Such-ma-schi-nen-an-zei-gen.
    expect(lines[0]).toBe('Suchma-');
    expect(lines[1]).toBe('schinenan-');
    expect(lines.join('').replace(/-/g, '').replace(/\s/g, '')).toBe('Suchmaschinenanzeigenundmehr');
  });

  it('ends in an ellipsis when lines are cut', () => {
    const lines = wrapText('eins zwei drei vier fünf sechs sieben acht', 50, 10, false, estimateWidth, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(estimateWidth(lines[1]!, 10, false)).toBeLessThanOrEqual(50);
    expect(fitLine('Rücksendung über die Filiale', 60, 10, true, estimateWidth)).toMatch(/^Rü.*…$/);
    expect(fitLine('kurz', 60, 10, true, estimateWidth)).toBe('kurz');
  });
});
