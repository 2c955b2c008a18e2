import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { NameCheck } from '../../ui/name-check';

interface AddRowFormProps {
  label: string;
  button: string;
  onAdd: (name: string) => Promise<boolean>;
  /** More fields between the name and the button. */
  extra?: ReactNode;
  /** A name refused (not added) or taken with a warning. */
  check?: NameCheck;
}

/** A name field and an add button; the field empties once the row is created. */
export function AddRowForm({ label, button, onAdd, extra, check }: AddRowFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const verdict = name.trim() ? (check?.(name.trim()) ?? null) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || verdict?.refuse) return;
    if (await onAdd(trimmed)) setName('');
  };
  return (
    <form className="add-row" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={name}
          maxLength={200}
          aria-invalid={verdict?.refuse || undefined}
          aria-describedby={verdict ? `${id}-note` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {verdict ? (
          <p id={`${id}-note`} className={`inline-note${verdict.refuse ? ' refused' : ''}`} role="alert">
            {verdict.text}
          </p>
        ) : null}
      </div>
      {extra}
      <button type="submit" className="button" disabled={name.trim() === '' || verdict?.refuse === true}>
        {button}
      </button>
    </form>
  );
}
