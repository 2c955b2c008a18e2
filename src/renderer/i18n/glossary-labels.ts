import type { ChannelKind } from '../../shared/schema/tables';
import { APPROVAL_NAMES, CHANNEL_KIND_NAMES, MATURITY_NAMES, type GlossaryLanguage } from '../../shared/glossary';

/** Catalogue entries that are glossary words themselves, so a catalogue cannot drift from the glossary. */

type Names<T extends Record<string, { de: string; en: string }>> = { [K in keyof T]: string };

function pick<T extends Record<string, { de: string; en: string }>>(names: T, language: GlossaryLanguage): Names<T> {
  return Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v[language]])) as Names<T>;
}

export const maturityNames = (language: GlossaryLanguage) => pick(MATURITY_NAMES, language);
export const approvalNames = (language: GlossaryLanguage) => pick(APPROVAL_NAMES, language);
export const channelKindNames = (language: GlossaryLanguage): Record<ChannelKind, string> =>
  pick(CHANNEL_KIND_NAMES, language);
