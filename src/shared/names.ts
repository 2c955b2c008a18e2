/**
 * Names a person tells apart: two names are the same when they differ only in
 * case, in spaces, or in how an umlaut was typed (NFC). The catalogue refuses
 * such a second name; journeys and stages may share one, and lists that show
 * them side by side add what tells them apart.
 */

export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** Another row of the list with the same name (the row itself excluded), or undefined. */
export function sameNamed<T extends { id: string; name: string }>(
  name: string,
  rows: readonly T[],
  selfId: string | null = null,
): T | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return rows.find((r) => r.id !== selfId && nameKey(r.name) === key);
}

/**
 * A label per row that no other row of the list shares: a unique name stays as
 * it is; rows of the same name get their hint ("Name — Persona") when the hints
 * tell them apart, else a number in the order given ("Name (2)").
 */
export function distinctLabels<T extends { id: string }>(
  rows: readonly T[],
  nameOf: (row: T) => string,
  hintOf: (row: T) => string | null = () => null,
): Map<string, string> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = nameKey(nameOf(r));
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.set(group[0]!.id, nameOf(group[0]!).trim());
      continue;
    }
    const hints = group.map((r) => hintOf(r)?.trim() ?? '');
    const telling = hints.every((h) => h !== '') && new Set(hints.map(nameKey)).size === group.length;
    group.forEach((r, i) => {
      const name = nameOf(r).trim();
      out.set(r.id, telling ? `${name} — ${hints[i]}` : `${name} (${i + 1})`);
    });
  }
  return out;
}
