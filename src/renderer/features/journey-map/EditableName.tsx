import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface EditableNameProps {
  value: string;
  /** Accessible name of the button that starts editing, and of the field. */
  label: string;
  className?: string;
  readOnly?: boolean;
  onCommit: (next: string) => void;
}

/**
 * A name edited in place: a button that shows the name (double-click, Enter
 * or F2 edits it), then a field — Enter or leaving saves, Escape keeps the old
 * name. An empty name is not saved.
 */
export function EditableName({ value, label, className = '', readOnly = false, onCommit }: EditableNameProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const editing = draft !== null;
  // Select the whole name once, when editing starts.
  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  if (readOnly) return <span className={className}>{value}</span>;
  if (draft === null)
    return (
      <button
        type="button"
        className={`editable-name ${className}`}
        aria-label={label}
        title={value}
        onDoubleClick={() => setDraft(value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F2') {
            e.preventDefault();
            setDraft(value);
          }
        }}
      >
        {value}
      </button>
    );
  const commit = () => {
    const next = (draft ?? '').trim();
    setDraft(null);
    if (next !== '' && next !== value) onCommit(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
    }
  };
  return (
    <input
      ref={input}
      className={`editable-name-field ${className}`}
      aria-label={label}
      value={draft}
      maxLength={200}
      autoFocus
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
