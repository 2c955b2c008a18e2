import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

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
 * A field of the side panel: saved when focus leaves (or on Enter for one-line
 * fields), Escape returns to the saved value. While not being edited it
 * follows the saved value, so undo and changes from elsewhere show at once.
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
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocusKey && ref.current) {
      ref.current.focus();
      ref.current.select();
    }
  }, [autoFocusKey]);

  const commit = () => {
    if (draft === null) return;
    const next = multiline ? draft.replace(/\s+$/, '') : draft.trim();
    setDraft(null);
    if (requiredMessage && next === '') {
      setRefused(true);
      return;
    }
    setRefused(false);
    if (next !== value) onCommit(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (draft !== null) {
        setDraft(null);
        setRefused(false);
      } else onEscape?.();
    }
  };
  const common = {
    id,
    ref,
    value: draft ?? value,
    maxLength: maxLength ?? (multiline ? 20000 : 200),
    'aria-invalid': refused ? true : undefined,
    'aria-describedby': refused ? `${id}-problem` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
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
