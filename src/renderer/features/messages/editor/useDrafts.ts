import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface Drafts<F extends string> {
  /** What the field shows: the draft while typing, else the saved text. */
  value(field: F): string;
  /** Every field as shown. */
  shown: Readonly<Record<F, string>>;
  change(field: F, text: string): void;
  /** Saves the field's draft when it differs from the saved text. */
  commit(field: F): void;
  revert(field: F): void;
  /** Forgets drafts that an edit made elsewhere (e.g. a replace-all) has saved already. */
  drop(fields: readonly F[]): void;
}

function pending<F extends string>(
  drafts: Partial<Record<F, string>>,
  saved: Readonly<Record<F, string>>,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of Object.keys(drafts) as F[]) {
    const text = drafts[field];
    if (text !== undefined && text !== saved[field]) out[field] = text;
  }
  return out;
}

/**
 * Texts edited where they stand: typed into a draft (so counters and previews
 * follow every key stroke) and saved as one undoable edit when the field is
 * left. Drafts still open when the editor goes away are saved too, so
 * switching touchpoints by keyboard loses nothing.
 */
export function useDrafts<F extends string>(
  saved: Readonly<Record<F, string>>,
  save: (changes: Partial<Record<F, string>>) => void,
): Drafts<F> {
  const [drafts, setDrafts] = useState<Partial<Record<F, string>>>({});
  const latest = useRef({ drafts, saved, save });
  useEffect(() => {
    latest.current = { drafts, saved, save };
  });
  useEffect(
    () => () => {
      const { drafts: open, saved: before, save: write } = latest.current;
      const changes = pending(open, before);
      if (Object.keys(changes).length > 0) write(changes);
    },
    [],
  );

  const commit = useCallback(
    (field: F) => {
      const text = drafts[field];
      if (text === undefined) return;
      setDrafts((d) => {
        const next = { ...d };
        delete next[field];
        return next;
      });
      // The ref too: an unmount right after this commit must not save it again.
      latest.current = { ...latest.current, drafts: { ...latest.current.drafts, [field]: undefined } };
      if (text !== saved[field]) save({ [field]: text } as Partial<Record<F, string>>);
    },
    [drafts, saved, save],
  );

  const shown = useMemo(() => {
    const out: Record<F, string> = { ...saved };
    for (const field of Object.keys(drafts) as F[]) {
      const text = drafts[field];
      if (text !== undefined) out[field] = text;
    }
    return out;
  }, [drafts, saved]);

  return {
    value: (field) => drafts[field] ?? saved[field],
    shown,
    change: (field, text) => setDrafts((d) => ({ ...d, [field]: text })),
    commit,
    revert: (field) =>
      setDrafts((d) => {
        const next = { ...d };
        delete next[field];
        return next;
      }),
    drop: (fields) =>
      setDrafts((d) => {
        const next = { ...d };
        for (const f of fields) delete next[f];
        return next;
      }),
  };
}
