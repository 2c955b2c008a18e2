/**
 * Row identity across reloads. The data store hands out new row objects on
 * every edit and every reload; the map memoises its cards on row identity, so
 * rows whose fields did not change keep their previous object here and only
 * the edited card renders again.
 */

type Plain = { id: string };

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export function sameRow(a: Plain, b: Plain): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => sameValue(ra[k], rb[k]));
}

/**
 * `next` with every row that equals its previous version replaced by that
 * previous object. When nothing changed at all, the previous list itself.
 */
export function reuseUnchanged<R extends Plain>(previous: readonly R[] | null, next: readonly R[]): readonly R[] {
  if (!previous) return next;
  const before = new Map(previous.map((r) => [r.id, r]));
  let changed = previous.length !== next.length;
  const out = next.map((row, i) => {
    const old = before.get(row.id);
    if (old && (old === row || sameRow(old, row))) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return row;
  });
  return changed ? out : previous;
}
