import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../../../shared/ids';
import { useServices } from '../../../app/ServicesContext';

export interface Drafts<F extends string> {
  /** What the field shows: the draft while typing, else the saved text. */
  value(field: F): string;
  /** Every field as shown. */
  shown: Readonly<Record<F, string>>;
  change(field: F, text: string): void;
  /** The field is left: saves its draft now when it differs from the saved text. */
  commit(field: F): void;
  /** Escape: back to the text before this edit began. */
  revert(field: F): void;
  /** Forgets drafts that an edit made elsewhere (e.g. a replace-all) has saved already. */
  drop(fields: readonly F[]): void;
}

/**
 * Texts edited where they stand and saved as they are typed: each keystroke
 * updates a draft (so counters and previews follow) and stages the field with
 * the page's saver, which writes after a short pause, on blur, on navigation
 * and when the page goes away. All saves of one field edit are one undo step.
 * Drafts still open when the editor goes away are saved too.
 */
export function useDrafts<F extends string>(
  saved: Readonly<Record<F, string>>,
  save: (changes: Partial<Record<F, string>>) => void,
): Drafts<F> {
  const { saver, commands } = useServices();
  const owner = useId();
  const [drafts, setDrafts] = useState<Partial<Record<F, string>>>({});
  const latest = useRef({ saved, save });
  useLayoutEffect(() => {
    latest.current = { saved, save };
  });
  /** Per field, the undo group of the edit under way and the text before it began. */
  const edits = useRef(new Map<F, { group: string; before: string }>());
  const keyOf = useCallback((field: F) => `${owner}:${field}`, [owner]);
  const staged = useRef(new Set<F>());

  // The editor goes away (another touchpoint, another tab): what it had staged is saved now.
  useEffect(
    () => () => {
      for (const field of staged.current) void saver.flush(keyOf(field));
    },
    [saver, keyOf],
  );

  const writeOf = useCallback(
    (field: F, text: string) => () => {
      const { saved: now, save: write } = latest.current;
      if (text === now[field]) return Promise.resolve(true);
      let edit = edits.current.get(field);
      if (!edit) edits.current.set(field, (edit = { group: newId(), before: now[field] }));
      return commands.grouped(edit.group, () => write({ [field]: text } as Partial<Record<F, string>>));
    },
    [commands],
  );

  /** Per field, the text whose last save failed: leaving it again unchanged does not resend it. */
  const failed = useRef(new Map<F, string>());
  const forget = (fields: readonly F[]) => setDrafts((d) => without(d, fields));

  const change = (field: F, text: string) => {
    failed.current.delete(field);
    setDrafts((d) => ({ ...d, [field]: text }));
    if (!edits.current.has(field)) edits.current.set(field, { group: newId(), before: latest.current.saved[field] });
    staged.current.add(field);
    saver.stage(keyOf(field), writeOf(field, text));
  };

  const commit = (field: F) => {
    const text = drafts[field];
    if (text === undefined || failed.current.get(field) === text) return;
    saver.stage(keyOf(field), writeOf(field, text));
    staged.current.delete(field);
    edits.current.delete(field);
    void saver.flush(keyOf(field)).then((ok) => {
      if (ok) failed.current.delete(field);
      else failed.current.set(field, text);
      // What could not be saved stays in the field, not only in a notice; once saved, it follows the saved text.
      if (ok) setDrafts((d) => (d[field] === text ? without(d, [field]) : d));
    });
  };

  const revert = (field: F) => {
    saver.cancel(keyOf(field));
    staged.current.delete(field);
    forget([field]);
    const began = edits.current.get(field);
    edits.current.delete(field);
    if (began && began.before !== latest.current.saved[field])
      void commands.grouped(began.group, () =>
        latest.current.save({ [field]: began.before } as Partial<Record<F, string>>),
      );
  };

  const drop = (fields: readonly F[]) => {
    for (const f of fields) {
      saver.cancel(keyOf(f));
      staged.current.delete(f);
      edits.current.delete(f);
    }
    forget(fields);
  };

  const shown = useMemo(() => {
    const out: Record<F, string> = { ...saved };
    for (const field of Object.keys(drafts) as F[]) {
      const text = drafts[field];
      if (text !== undefined) out[field] = text;
    }
    return out;
  }, [drafts, saved]);

  return { value: (field) => drafts[field] ?? saved[field], shown, change, commit, revert, drop };
}

function without<F extends string>(
  drafts: Partial<Record<F, string>>,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const next = { ...drafts };
  for (const f of fields) delete next[f];
  return next;
}
