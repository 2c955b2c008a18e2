import { useId, useState, type FormEvent, type ReactNode } from 'react';

interface AddRowFormProps {
  label: string;
  button: string;
  onAdd: (name: string) => Promise<boolean>;
  /** More fields between the name and the button. */
  extra?: ReactNode;
}

/** A name field and an add button; the field empties once the row is created. */
export function AddRowForm({ label, button, onAdd, extra }: AddRowFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (await onAdd(trimmed)) setName('');
  };
  return (
    <form className="add-row" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      {extra}
      <button type="submit" className="button" disabled={name.trim() === ''}>
        {button}
      </button>
    </form>
  );
}
