import type { Change } from '../src/shared/changes';
import { HybridClock } from '../src/shared/hlc';

/**
 * The workspace a fresh device downloads in the first-sync benchmark: touchpoints
 * with ten fields each, stamped by one device an hour ago. The same every run,
 * so the server's copy and the raw-apply reference hold identical changes.
 */
export const FIELDS: [string, (i: number) => Change['value']][] = [
  ['title', (i) => `Touchpoint ${i}`],
  ['customer_action', () => 'Compares prices on the phone'],
  ['company_response', () => 'Shows the store price'],
  ['kpi', () => 'Conversion rate'],
  ['emotion', (i) => (i % 5) - 2],
  ['back_channel', (i) => i % 3 === 0],
  ['notes', (i) => `note ${i}`],
  ['journey_id', (i) => `journey-${String(i % 50).padStart(4, '0')}`],
  ['stage_id', (i) => `stage-${String(i % 12).padStart(6, '0')}`],
  ['channel_id', (i) => `channel-${String(i % 15).padStart(4, '0')}`],
];

/** Changes `from` … `from + count - 1` of the workspace (generated in slices, never all at once). */
export function slice(from: number, count: number, baseMs: number): Change[] {
  // Each slice continues the one clock: counters restart per millisecond of a fixed timeline.
  const clock = new HybridClock('be0cbe0cbe0cbe0c', () => baseMs + Math.floor(from / 1000));
  const out: Change[] = [];
  for (let i = from; i < from + count; i++) {
    const [column, value] = FIELDS[i % FIELDS.length]!;
    out.push({
      table: 'touchpoints',
      row: `tp-${String(Math.floor(i / FIELDS.length)).padStart(8, '0')}`,
      column,
      value: value(Math.floor(i / FIELDS.length)),
      hlc: clock.send(),
    });
  }
  return out;
}
