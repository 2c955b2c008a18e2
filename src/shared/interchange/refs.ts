/**
 * Readable references: keys made from titles (slugs) and names made unique,
 * so a file can say `from: beschwerde-per-e-mail` and `channel: Callcenter`
 * instead of an id. Both are made the same way from the same rows every time,
 * so an unchanged journey gives the same file.
 */

const MAX_SLUG = 60;

/** "Beschädigte Ware ausgepackt" → "beschaedigte-ware-ausgepackt". */
export function slugify(title: string, fallback: string): string {
  const lower = title.normalize('NFC').toLocaleLowerCase('de');
  const written = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const plain = written.normalize('NFD').replace(/\p{M}/gu, '');
  const slug = plain
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Hands out unique keys: the second "anruf" becomes "anruf-2". */
export class KeyMaker {
  private readonly taken = new Set<string>();

  /** Reserve keys written by hand, so made ones avoid them. */
  reserve(key: string): void {
    this.taken.add(key);
  }

  has(key: string): boolean {
    return this.taken.has(key);
  }

  make(base: string): string {
    let key = base;
    for (let n = 2; this.taken.has(key); n += 1) key = `${base}-${n}`;
    this.taken.add(key);
    return key;
  }
}

/** Compares names the way people mean them: case, surrounding and doubled spaces do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/**
 * Unique readable names for catalogue rows (in catalogue order): a row's name,
 * or `fallback` when it has none, with " (2)" added when two rows share it.
 */
export function uniqueNames<R extends { id: string }>(
  rows: readonly R[],
  nameOf: (row: R) => string,
  fallback: (row: R) => string,
): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const row of rows) {
    const base = nameOf(row).trim().replace(/\s+/g, ' ') || fallback(row);
    let name = base;
    for (let n = 2; taken.has(nameKey(name)); n += 1) name = `${base} (${n})`;
    taken.add(nameKey(name));
    out.set(row.id, name);
  }
  return out;
}
