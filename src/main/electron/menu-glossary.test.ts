import { describe, expect, it } from 'vitest';
import { glossaryViolations } from '../../shared/glossary';
import { MENU_WORDS } from './menu-i18n';

/** The native menu is a catalogue too: the same glossary as the page's texts. */
describe('menu words', () => {
  it('use the glossary words in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const texts = Object.entries(MENU_WORDS[language]).map(([k, v]): [string, string] => [k, v]);
      expect(glossaryViolations(texts, language)).toEqual([]);
    }
  });
});
