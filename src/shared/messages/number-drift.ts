import type { VariantField } from './constraints';
import type { Quantity } from './quantities';

export interface DifferingNumber {
  field: VariantField;
  found: string;
  /** The core message's numbers of the same kind, as typed there. */
  expected: string;
  start: number;
  end: number;
}

const same = (a: Quantity, b: Quantity): boolean =>
  a.shape === b.shape && (a.shape === 'phone' ? a.digits === b.digits : a.value === b.value);

/**
 * Numbers a variant types that the core message has otherwise: a price, a
 * period, a phone number of the same kind but another value. Kinds the core
 * message does not mention are the variant's own business (an SMS may add
 * opening hours); a number that equals one of the core's is fine.
 */
export function differingNumbers(
  core: readonly Quantity[],
  variant: readonly (readonly [VariantField, Quantity])[],
): DifferingNumber[] {
  const out: DifferingNumber[] = [];
  for (const [field, q] of variant) {
    const kin = core.filter((c) => c.shape === q.shape);
    if (kin.length === 0 || kin.some((c) => same(c, q))) continue;
    // Both ends of a range share one span; report it once.
    const last = out[out.length - 1];
    if (last && last.field === field && last.start === q.start) continue;
    out.push({
      field,
      found: q.text,
      expected: [...new Set(kin.map((c) => c.text))].join(', '),
      start: q.start,
      end: q.end,
    });
  }
  return out;
}
