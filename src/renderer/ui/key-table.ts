/**
 * Keyboard shortcuts as data. A view states its keys once, as a table of
 * bindings; the same table decides what a key press does (`bindingFor`) and
 * writes the help the user reads (`KeyHelp`, `keyHelpText`), so the help
 * cannot drift from the behaviour.
 */
export interface KeyBinding<A extends string> {
  readonly action: A;
  /** `KeyboardEvent.key` values; letters in lower case (matched whatever the case). */
  readonly keys: readonly string[];
  /** Alt and Ctrl must be held exactly when stated; Cmd/Meta combinations stay the system's. */
  readonly alt?: boolean;
  readonly ctrl?: boolean;
  /** Shift must be held (true) or not (false); unstated, it does not matter. */
  readonly shift?: boolean;
}

export type KeyTable<A extends string> = readonly KeyBinding<A>[];

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The first binding of the table that the press matches (order the table from the most specific). */
export function bindingFor<A extends string>(table: KeyTable<A>, e: KeyPress): KeyBinding<A> | null {
  if (e.metaKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return (
    table.find(
      (b) =>
        b.keys.includes(key) &&
        (b.alt ?? false) === e.altKey &&
        (b.ctrl ?? false) === e.ctrlKey &&
        (b.shift === undefined || b.shift === e.shiftKey),
    ) ?? null
  );
}

/** The names of keys and modifiers a help line shows, in the interface language. */
export type KeyNames = (key: string) => string;

/** Each key of a binding with its modifiers: ["Alt+←", "Alt+→"]. */
export function shortcutParts<A extends string>(binding: KeyBinding<A>, name: KeyNames): string[] {
  const mods = [
    binding.ctrl ? name('Control') : null,
    binding.alt ? name('Alt') : null,
    binding.shift ? name('Shift') : null,
  ]
    .filter((m): m is string => m !== null)
    .map((m) => `${m}+`)
    .join('');
  return binding.keys.map((k) => `${mods}${name(k)}`);
}

/** "Alt+← / Alt+→": every key of a binding with its modifiers. */
export function shortcutText<A extends string>(binding: KeyBinding<A>, name: KeyNames): string {
  return shortcutParts(binding, name).join(' / ');
}

/** The help as one sentence list, for a screen reader's description of the area the keys work in. */
export function keyHelpText<A extends string>(
  table: KeyTable<A>,
  name: KeyNames,
  describe: (action: A) => string,
): string {
  return table.map((b) => `${shortcutText(b, name)}: ${describe(b.action)}.`).join(' ');
}
