import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFieldDraft } from '../../ui/useFieldDraft';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (next: string) => void;
  multiline?: boolean;
  /** Height of a multi-line field. */
  rows?: number;
  maxLength?: number;
  /** Shown when the user empties a required field; the saved value stays. */
  requiredMessage?: string;
  autoFocusKey?: string | null;
  onEscape?: () => void;
}

/**
 * A field of the side panel: saved as it is typed and when focus leaves (or on
 * Enter for one-line fields), Escape returns to the text before the edit. While
 * not being edited it follows the saved value, so undo and changes from
 * elsewhere show at once.
 */
export function PanelText({
  label,
  value,
  onCommit,
  multiline = false,
  rows = 3,
  maxLength,
  requiredMessage,
  autoFocusKey,
  onEscape,
}: TextFieldProps) {
  const id = useId();
  const [refused, setRefused] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Saved as it is typed (see useFieldDraft); leaving the field saves at once.
  const field = useFieldDraft({
    value,
    onCommit,
    normalise: multiline ? trimEnd : trim,
    required: requiredMessage !== undefined,
  });

  useEffect(() => {
    if (autoFocusKey && ref.current) {
      ref.current.focus();
      ref.current.select();
    }
  }, [autoFocusKey]);

  const commit = (retry = true) => setRefused(!field.finish(retry));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (field.editing) {
        field.revert();
        setRefused(false);
      } else onEscape?.();
    }
  };
  const invalid = refused || field.unsaved;
  const common = {
    id,
    ref,
    value: field.shown,
    maxLength: maxLength ?? (multiline ? 20000 : 200),
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': refused ? `${id}-problem` : undefined,
    onChange: (e: { target: { value: string } }) => field.change(e.target.value),
    onBlur: () => commit(false),
    onKeyDown,
  };
  return (
    <div className="field panel-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {refused && requiredMessage ? (
        <p id={`${id}-problem`} className="form-problem" role="alert">
          {requiredMessage}
        </p>
      ) : null}
    </div>
  );
}

const trim = (text: string) => text.trim();
const trimEnd = (text: string) => text.replace(/\s+$/, '');

interface CheckProps {
  label: string;
  checked: boolean;
  onChange: (next: boolean) => void;
}

export function PanelCheck({ label, checked, onChange }: CheckProps) {
  return (
    <label className="choice panel-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
