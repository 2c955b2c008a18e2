import { findUnicodeCulprits, type FactValues, type ParsedText } from '../../../../shared/messages';

/**
 * What the backdrop of a message field marks in the text as typed: facts that
 * will be filled in, placeholders naming no fact, broken braces, and (on SMS
 * channels) characters that force Unicode. Offsets are UTF-16, `end` exclusive.
 */

export type HighlightKind = 'fact' | 'unknown' | 'problem' | 'culprit';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface Segment {
  text: string;
  kind: HighlightKind | null;
}

/** Where two marks overlap, the more urgent wins. */
const RANK: Readonly<Record<HighlightKind, number>> = { problem: 0, unknown: 1, culprit: 2, fact: 3 };

export function fieldHighlights(parsed: ParsedText, facts: FactValues, markCulprits: boolean): Highlight[] {
  const all: Highlight[] = [];
  for (const p of parsed.placeholders)
    all.push({ start: p.start, end: p.end, kind: facts.has(p.key) ? 'fact' : 'unknown' });
  for (const p of parsed.problems) all.push({ start: p.start, end: p.end, kind: 'problem' });
  if (markCulprits)
    for (const c of findUnicodeCulprits(parsed.text)) all.push({ start: c.start, end: c.end, kind: 'culprit' });
  all.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
  const kept: Highlight[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** The text cut at the marks, for rendering; marks must not overlap (fieldHighlights sees to that). */
export function segments(text: string, highlights: readonly Highlight[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) out.push({ text: text.slice(at, h.start), kind: null });
    out.push({ text: text.slice(h.start, h.end), kind: h.kind });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: null });
  return out;
}

/** Edit distance, capped: anything above `max` is reported as max + 1. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The fact key a mistyped placeholder most likely meant (at most two edits away), for a one-click fix. */
export function closestKey(key: string, keys: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of keys) {
    const d = distance(key, k, 2);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
