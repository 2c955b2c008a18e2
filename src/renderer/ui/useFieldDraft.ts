import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { newId } from '../../shared/ids';
import { useServices } from '../app/ServicesContext';
import type { NameCheck } from './name-check';

export interface FieldDraftOptions {
  /** The saved text. */
  value: string;
  /** Writes a text (calls commands.apply); runs after a pause in typing, on blur and whenever the page flushes. */
  onCommit: (next: string) => void;
  /** The text as saved from the text as typed (trimmed, say). */
  normalise?: (typed: string) => string;
  /** An empty text is not saved; leaving the field puts the saved text back. */
  required?: boolean;
  /** A name the field refuses (not saved; leaving puts the saved text back) or saves with a warning. */
  check?: NameCheck;
}

export interface FieldDraft {
  /** What the field shows: the text being typed, else the saved text. */
  shown: string;
  change(typed: string): void;
  /**
   * The field is left (blur; Enter with retry): save now. A text whose save failed is
   * sent again only when it changed or on retry. Returns false when an empty text was refused.
   */
  finish(retry?: boolean): boolean;
  /** Escape: back to the text before this edit began. */
  revert(): void;
  /** Something has been typed since the field was last left. */
  editing: boolean;
  /** The last save of this field failed: the field keeps the text. */
  unsaved: boolean;
  /** What the check says about the text being typed (or the one just refused), else null. */
  verdict: { refuse: boolean; text: string } | null;
}

const same = (text: string) => text;

/**
 * One text field, saved as it is typed: every change is staged with the page's
 * saver (sent after a short pause, or at once on blur, navigation or when the
 * page goes away), and all saves of one edit — from the first key to leaving the
 * field — are one step in the undo history. While the field is not being
 * edited it follows the saved value, so an undo or a change from elsewhere
 * shows at once.
 */
export function useFieldDraft({
  value,
  onCommit,
  normalise = same,
  required = false,
  check,
}: FieldDraftOptions): FieldDraft {
  const { saver, commands } = useServices();
  const key = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  /** The undo group of the edit under way, and the saved text before it began. */
  const edit = useRef<{ group: string; before: string } | null>(null);
  /** The text whose last save failed. */
  const failed = useRef<string | null>(null);
  const [refused, setRefused] = useState<{ refuse: boolean; text: string } | null>(null);
  const latest = useRef({ value, onCommit, normalise, required, check });
  useLayoutEffect(() => {
    latest.current = { value, onCommit, normalise, required, check };
  });
  const refusedName = (typed: string) => {
    const verdict = latest.current.check?.(latest.current.normalise(typed));
    return verdict?.refuse ? verdict : null;
  };

  // The edit a write belongs to is fixed when it is staged: a write that runs after the field was left
  // (Enter, blur) must not start an edit of its own that the next, unrelated edit would then join.
  const writeOf = useCallback(
    (typed: string, belongs: { group: string }) => () => {
      const { value: saved, onCommit: commit, normalise: norm, required: needed } = latest.current;
      const next = norm(typed);
      if (next === saved || (needed && next === '') || refusedName(typed)) return Promise.resolve(true);
      return commands.grouped(belongs.group, () => commit(next));
    },
    [commands],
  );
  const currentEdit = () => (edit.current ??= { group: newId(), before: latest.current.value });

  // A field that goes away (its panel closed, another card picked) saves what it had.
  useEffect(() => () => void saver.flush(key), [saver, key]);

  const change = (typed: string) => {
    setDraft(typed);
    setRefused(null);
    if ((latest.current.required && latest.current.normalise(typed) === '') || refusedName(typed)) saver.cancel(key);
    else saver.stage(key, writeOf(typed, currentEdit()));
  };

  const finish = (retry = true) => {
    if (draft === null) return true;
    const typed = draft;
    if (latest.current.required && latest.current.normalise(typed) === '') {
      saver.cancel(key);
      setDraft(null);
      edit.current = null;
      failed.current = null;
      setUnsaved(false);
      return false;
    }
    const no = refusedName(typed);
    if (no) {
      // Refused (another row of the catalogue has this name): the saved name comes back, the reason stays.
      saver.cancel(key);
      setDraft(null);
      edit.current = null;
      setRefused(no);
      return false;
    }
    // Leaving a field whose save failed, unchanged, does not send it again (Enter does).
    if (!retry && typed === failed.current) return true;
    // Staged again, so that a text whose earlier save failed is tried once more.
    saver.stage(key, writeOf(typed, currentEdit()));
    edit.current = null;
    void saver.flush(key).then((ok) => {
      setUnsaved(!ok);
      failed.current = ok ? null : typed;
      // What could not be saved stays in the field, not only in a notice; once saved, the field follows the saved value.
      if (ok) setDraft((d) => (d === typed ? null : d));
    });
    return true;
  };

  const revert = () => {
    saver.cancel(key);
    setDraft(null);
    setUnsaved(false);
    setRefused(null);
    failed.current = null;
    const began = edit.current;
    edit.current = null;
    // Saves of this edit went out while typing: Escape writes the text it began with, in the same undo step.
    if (began && began.before !== latest.current.value)
      void commands.grouped(began.group, () => latest.current.onCommit(began.before));
  };

  const verdict = draft !== null ? (check?.(normalise(draft)) ?? null) : refused;
  return { shown: draft ?? value, change, finish, revert, editing: draft !== null, unsaved, verdict };
}
