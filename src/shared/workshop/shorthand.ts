import { DEFAULT_CHANNELS, defaultNames } from '../default-catalogue';
import { CHANNEL_KIND_NAMES } from '../glossary';
import { compareOrdered } from '../ordering';
import type { Channel } from '../schema/tables';

/**
 * The channel shorthand of the capture board: a note that starts with
 * `#tag` or `@tag` names its channel, e.g. `#email Newsletter mit Rabatt` or
 * `@Filiale Beratung am Regal`. The tag names a channel by its name, a word of
 * it, or its kind — and a channel still carrying its default name also by that
 * name in the other language, so `@Filiale` finds "Physical store" in a
 * workspace created in English. Compared without case, spaces or punctuation;
 * umlauts match either spelling (ä = ae = a). An exact or whole-word match beats
 * the start of a longer name, so `#shop` is the online shop, not the shop
 * window. A tag that names no channel, or several equally well, stays part of
 * the text: nothing typed is lost.
 */

export type ShorthandChannel = Pick<Channel, 'id' | 'name' | 'kind' | 'sort_key' | 'archived' | 'tombstone'>;

export interface ParsedNote {
  /** The note's text without a recognised tag (trimmed). */
  text: string;
  /** The recognised channel, or null. */
  channelId: string | null;
  /** The tag as typed (without # or @), or null when the note has none. */
  tag: string | null;
  /** Why a tag was not used: it named no channel, or several. */
  problem: 'unknown' | 'ambiguous' | null;
}

const TAG = /^[#@]([^\s#@]+)(?:\s+|$)/u;

/** Two spellings of a word for comparing: umlauts written out, and umlauts without their dots. */
function folds(value: string): [string, string] {
  const lower = value.normalize('NFC').toLocaleLowerCase('de');
  const written = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
  return [squash(written), squash(plain)];
}

function words(name: string): string[] {
  return name.split(/[\s\-_/&+.,]+/u).filter((w) => w.length > 0);
}

type Folded = [string, string];

const prefixOf = (tag: Folded, target: Folded) =>
  tag[0].length > 0 && (target[0].startsWith(tag[0]) || target[1].startsWith(tag[1]));
const same = (tag: Folded, target: Folded) => tag[0] === target[0] || tag[1] === target[1];

/** The names a channel answers to besides its own: the other language's default name, its kind in both languages. */
function aliases(channel: ShorthandChannel): { names: string[]; kinds: string[] } {
  const name = channel.name.trim();
  const def = DEFAULT_CHANNELS.find((d) => defaultNames(d).includes(name));
  const names = def ? defaultNames(def).filter((n) => n !== name) : [];
  const kind = CHANNEL_KIND_NAMES[channel.kind];
  return { names, kinds: [channel.kind, ...(kind ? [kind.de, kind.en] : [])] };
}

/**
 * How well a tag names a channel: 6 its own name, 5 a name in the other
 * language or its kind, 4 a whole word of one of these, 3 the start of a name,
 * 2 the start of a word, 1 the start of a kind; 0 not at all.
 */
function rank(tag: Folded, channel: ShorthandChannel): number {
  const own = folds(channel.name);
  if (same(tag, own)) return 6;
  const { names, kinds } = aliases(channel);
  const all = [channel.name, ...names];
  if (names.some((n) => same(tag, folds(n))) || kinds.some((k) => same(tag, folds(k)))) return 5;
  if ([...all, ...kinds].some((n) => words(n).some((w) => same(tag, folds(w))))) return 4;
  if (all.some((n) => prefixOf(tag, folds(n)))) return 3;
  if ([...all, ...kinds].some((n) => words(n).some((w) => prefixOf(tag, folds(w))))) return 2;
  if (kinds.some((k) => prefixOf(tag, folds(k)))) return 1;
  return 0;
}

/** The channel a tag names among the active channels, or why there is none. */
export function matchChannel(
  tag: string,
  channels: readonly ShorthandChannel[],
): { channelId: string | null; problem: ParsedNote['problem'] } {
  const folded = folds(tag);
  if (folded[0].length === 0) return { channelId: null, problem: 'unknown' };
  const active = channels.filter((c) => !c.archived && !c.tombstone).sort(compareOrdered);
  let best = 0;
  let found: ShorthandChannel[] = [];
  for (const channel of active) {
    const r = rank(folded, channel);
    if (r === 0 || r < best) continue;
    if (r > best) {
      best = r;
      found = [];
    }
    found.push(channel);
  }
  if (found.length === 0) return { channelId: null, problem: 'unknown' };
  if (found.length > 1) return { channelId: null, problem: 'ambiguous' };
  return { channelId: found[0]!.id, problem: null };
}

/** Read what was typed into a note: its text and, when it starts with a tag, the channel. */
export function parseNote(input: string, channels: readonly ShorthandChannel[]): ParsedNote {
  const trimmed = input.trim();
  const m = TAG.exec(trimmed);
  if (!m) return { text: trimmed, channelId: null, tag: null, problem: null };
  const tag = m[1]!;
  const { channelId, problem } = matchChannel(tag, channels);
  if (!channelId) return { text: trimmed, channelId: null, tag, problem };
  const rest = trimmed.slice(m[0].length).trim();
  // A tag alone gives an empty text: the board adds no empty sticky and keeps what was typed.
  return { text: rest, channelId, tag, problem: null };
}
