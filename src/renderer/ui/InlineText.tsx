import { useId, type KeyboardEvent } from 'react';
import type { NameCheck } from './name-check';
import { useFieldDraft } from './useFieldDraft';

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
  /** Refuse a name (another row of the catalogue has it) or save it with a warning (another journey has it). */
  check?: NameCheck;
}

const trim = (text: string) => text.trim();

/**
 * A text that is edited where it stands and saved as it is typed (see
 * useFieldDraft); Enter or leaving the field saves at once, Escape goes back
 * to the text before the edit. An edit that could not be saved stays in the field.
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
  check,
}: InlineTextProps) {
  const field = useFieldDraft({ value, onCommit, normalise: trim, required, check });
  const noteId = useId();
  const verdict = field.verdict;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      field.finish();
    } else if (e.key === 'Escape' && field.editing) {
      e.preventDefault();
      field.revert();
    }
  };

  const input = (
    <input
      id={id}
      type="text"
      className={`inline-text${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-invalid={field.unsaved || verdict?.refuse || undefined}
      aria-describedby={verdict ? noteId : undefined}
      value={field.shown}
      placeholder={placeholder}
      maxLength={maxLength}
      spellCheck={false}
      onChange={(e) => field.change(e.target.value)}
      onBlur={() => field.finish(false)}
      onKeyDown={onKeyDown}
    />
  );
  if (!check) return input;
  return (
    <span className="inline-field">
      {input}
      {verdict ? (
        <span id={noteId} className={`inline-note${verdict.refuse ? ' refused' : ''}`} role="alert">
          {verdict.text}
        </span>
      ) : null}
    </span>
  );
}
