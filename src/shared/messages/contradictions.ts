import { extractQuantities, type Quantity } from './quantities';
import type { FactValues } from './placeholders';

/**
 * Text typed by hand that contradicts a fact: the fact `price` is "49,90 €" and
 * a variant says "nur 59,90 €" instead of `{{price}}`.
 *
 * The heuristic, per quantity typed in a text (quantities.ts says what counts):
 * 1. Only facts whose value holds a quantity of the same shape are compared
 *    (euros with euros, days with days, phone numbers with phone numbers).
 * 2. If the typed value equals the value of any such fact, it agrees with the
 *    facts and is left alone.
 * 3. Facts whose placeholder the same text already uses are set aside: the
 *    text states that fact properly, so another amount is about something else
 *    ("{{price}} statt 69,90 €").
 * 4. Of the remaining facts, the one with the nearest value is the one the
 *    writer probably meant. It is reported only when it is near enough to be
 *    mistaken for it: for numbers within a factor of 3 (59,90 € vs 49,90 € yes,
 *    4,95 € shipping vs 49,90 € no); for phone numbers the same length give or
 *    take one digit and the same first four digits (a typo in the hotline,
 *    not a different number).
 */

export interface Contradiction {
  factKey: string;
  /** The fact's quantity as written in the fact. */
  expected: string;
  /** The typed quantity as written in the text, and where. */
  found: string;
  start: number;
  end: number;
}

interface FactQuantity {
  key: string;
  q: Quantity;
}

const MAX_RATIO = 3;
const PHONE_PREFIX = 4;

function equal(a: Quantity, b: Quantity): boolean {
  if (a.shape === 'phone') return a.digits === b.digits;
  return Math.abs(a.value - b.value) < 1e-9;
}

/** How far apart two values are; Infinity when they are not comparable. */
function distance(a: Quantity, b: Quantity): number {
  if (a.shape === 'phone') {
    const x = a.digits ?? '';
    const y = b.digits ?? '';
    if (Math.abs(x.length - y.length) > 1 || x.slice(0, PHONE_PREFIX) !== y.slice(0, PHONE_PREFIX)) return Infinity;
    let same = 0;
    while (same < x.length && x[same] === y[same]) same += 1;
    return Math.max(x.length, y.length) - same;
  }
  if (a.value <= 0 || b.value <= 0) return Infinity;
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  return ratio <= MAX_RATIO ? Math.log(ratio) : Infinity;
}

/** Built once per check from the facts; then asked once per text. */
export class ContradictionFinder {
  private readonly byShape = new Map<string, FactQuantity[]>();

  constructor(facts: FactValues) {
    for (const [key, value] of facts) {
      for (const q of extractQuantities(value)) {
        const list = this.byShape.get(q.shape);
        if (list) list.push({ key, q });
        else this.byShape.set(q.shape, [{ key, q }]);
      }
    }
  }

  get empty(): boolean {
    return this.byShape.size === 0;
  }

  /**
   * The quantities typed in a text that have the shape of some fact's value
   * but equal none: the candidates for a contradiction, whatever placeholders
   * the rest of the variant uses. Depends on the text alone, so it can be
   * kept per distinct text.
   */
  suspects(text: string): Quantity[] {
    if (this.byShape.size === 0) return [];
    return extractQuantities(text).filter((q) => {
      const facts = this.byShape.get(q.shape);
      return facts !== undefined && !facts.some((f) => equal(f.q, q));
    });
  }

  /** `usedKeys`: the fact keys the text (all fields of the same variant or message) uses as placeholders. */
  judge(suspects: readonly Quantity[], usedKeys: readonly string[]): Contradiction[] {
    const out: Contradiction[] = [];
    for (const q of suspects) {
      let best: FactQuantity | null = null;
      let bestDistance = Infinity;
      for (const f of this.byShape.get(q.shape) ?? []) {
        if (usedKeys.includes(f.key)) continue;
        const d = distance(f.q, q);
        if (d < bestDistance) {
          best = f;
          bestDistance = d;
        }
      }
      // Both ends of a range ("2–3 Tage") share one span; report the span once.
      const last = out[out.length - 1];
      if (!best || (last && last.start === q.start && last.factKey === best.key)) continue;
      out.push({ factKey: best.key, expected: best.q.text, found: q.text, start: q.start, end: q.end });
    }
    return out;
  }

  find(text: string, usedKeys: readonly string[]): Contradiction[] {
    return this.judge(this.suspects(text), usedKeys);
  }
}
