import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../../shared/schema/tables';
import { placeholderOf } from '../labels';

interface PlaceholderPickerProps {
  /** Active facts, in the order to offer them. */
  facts: readonly Fact[];
  fieldLabel: string;
  onPick: (key: string) => void;
}

/**
 * "Insert fact": a button opening the fact list; choosing one inserts its
 * placeholder at the caret. Arrow keys move through the list, Escape closes it
 * and returns to the button.
 */
export function PlaceholderPicker({ facts, fieldLabel, onPick }: PlaceholderPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(list.current?.querySelectorAll('button') ?? [])];
    if (items.length === 0) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div
      className="ph-picker"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button ghost small ph-picker-toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('messages.editor.insertFactInto', { field: fieldLabel })}
        onClick={() => setOpen(!open)}
      >
        {t('messages.editor.insertFact')}
      </button>
      {open ? (
        <div className="ph-picker-panel" id={listId}>
          {facts.length === 0 ? (
            <p className="muted">{t('messages.editor.noFacts')}</p>
          ) : (
            <ul ref={list} aria-label={t('messages.editor.factList')}>
              {facts.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="ph-option"
                    onClick={() => {
                      onPick(f.key);
                      setOpen(false);
                    }}
                  >
                    <code>{placeholderOf(f.key)}</code>
                    <span className="ph-option-label">{f.label || f.key}</span>
                    <span className="ph-option-value">{f.value}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
