import { byOrder } from '../ordering';
import type { BackstageStep, Touchpoint } from '../schema/tables';

/**
 * The time key of a row: its step key, or, while it has none, a key derived
 * from where the map showed it before steps existed — its lane's rank, then its
 * order in the cell, then its id. Derived keys are ordinary fractional keys
 * (base-62 digits, not ending in 0) that depend only on the row and the
 * channel order, so every device derives the same ones, and placing a
 * touchpoint between two of them writes only that touchpoint's key: moves made
 * on two devices at once still merge.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MAX_RANK = DIGITS.length * DIGITS.length - 1;
/** Sort keys longer than this are cut in derived keys; a key stays within the column's 200 digits. */
const MAX_SORT_DIGITS = 40;

function rankDigits(rank: number): string {
  const r = Math.max(0, Math.min(MAX_RANK, Number.isFinite(rank) ? rank : MAX_RANK));
  return DIGITS[Math.floor(r / DIGITS.length)]! + DIGITS[r % DIGITS.length]!;
}

/**
 * The cell order key written so that a shorter key sorts before its
 * extensions even with more digits following: every digit becomes two (01…z0… ),
 * and 00 ends it.
 */
function orderDigits(sortKey: string): string {
  let out = '';
  for (const ch of sortKey.slice(0, MAX_SORT_DIGITS)) {
    const v = DIGITS.indexOf(ch) + 1;
    out += DIGITS[Math.floor(v / DIGITS.length)]! + DIGITS[v % DIGITS.length]!;
  }
  return `${out}00`;
}

function idDigits(id: string): string {
  return `${id.replace(/[^0-9A-Za-z]/g, '').slice(0, 64)}1`;
}

export function derivedTimeKey(laneRank: number, sortKey: string, id: string): string {
  return rankDigits(laneRank) + orderDigits(sortKey) + idDigits(id);
}

/** Rank of each id in a catalogue's display order (deleted rows left out): a channel's lane, a department's row. */
export function catalogueRanks(
  rows: readonly { id: string; sort_key: string; tombstone: boolean }[],
): Map<string, number> {
  const map = new Map<string, number>();
  byOrder(rows.filter((r) => !r.tombstone)).forEach((r, i) => map.set(r.id, i));
  return map;
}

export function touchpointTimeKey(
  tp: Pick<Touchpoint, 'id' | 'step_key' | 'channel_id' | 'sort_key'>,
  channelRank: ReadonlyMap<string, number>,
): string {
  if (tp.step_key !== '') return tp.step_key;
  const rank = tp.channel_id === null ? MAX_RANK : (channelRank.get(tp.channel_id) ?? MAX_RANK);
  return derivedTimeKey(rank, tp.sort_key, tp.id);
}

/** A backstage step without a key stands after the touchpoints of its stage. */
export function backstageTimeKey(b: BackstageStep): string {
  return b.step_key !== '' ? b.step_key : derivedTimeKey(MAX_RANK, b.sort_key, b.id);
}
