import { useState, type KeyboardEvent } from 'react';

interface InlineTextProps {
  value: string;
  /** The accessible name (there is no visible label next to inline fields). */
  label: string;
  onCommit: (next: string) => void;
  /** An empty value is refused (the field falls back to the saved one). */
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  id?: string;
}

/**
 * A text that is edited where it stands: saved on Enter or when focus leaves,
 * Escape returns to the saved value. While the field is not being edited it
 * follows the saved value, so an undo or a change from elsewhere shows at once.
 */
export function InlineText({
  value,
  label,
  onCommit,
  required = true,
  placeholder,
  maxLength = 200,
  className,
  id,
}: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next === value || (required && next === '')) return;
    onCommit(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
    }
  };

  return (
    <input
      id={id}
      type="text"
      className={`inline-text${className ? ` ${className}` : ''}`}
      aria-label={label}
      value={draft ?? value}
      placeholder={placeholder}
      maxLength={maxLength}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
