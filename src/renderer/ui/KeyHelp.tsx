import { Fragment, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutParts, type KeyNames, type KeyTable } from './key-table';

/** The names of keys in the interface language: arrows as arrows, letters as capitals. */
export function useKeyNames(): KeyNames {
  const { t } = useTranslation();
  return (key) => {
    switch (key) {
      case 'ArrowLeft':
        return '←';
      case 'ArrowRight':
        return '→';
      case 'ArrowUp':
        return '↑';
      case 'ArrowDown':
        return '↓';
      case ' ':
        return t('keys.space');
      case 'Enter':
      case 'Escape':
      case 'Delete':
      case 'Backspace':
      case 'Control':
      case 'Alt':
      case 'Shift':
        return t(`keys.${key}`);
      default:
        return key.length === 1 ? key.toUpperCase() : key;
    }
  };
}

/** A table of keys as a definition list: the shortcut, then what it does. */
export function KeyHelp<A extends string>({
  table,
  describe,
  className,
}: {
  table: KeyTable<A>;
  describe: (action: A) => string;
  className?: string;
}) {
  const name = useKeyNames();
  return (
    <dl className={`key-help${className ? ` ${className}` : ''}`}>
      {table.map((b) => (
        <Fragment key={b.action}>
          <dt>
            {shortcutParts(b, name).map((part, i) => (
              <Fragment key={part}>
                {i > 0 ? ' / ' : null}
                <kbd>{part}</kbd>
              </Fragment>
            ))}
          </dt>
          <dd>{describe(b.action)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export interface KeyHelpSection<A extends string> {
  title?: string;
  table: KeyTable<A>;
  describe: (action: A) => string;
}

/** Esc folds the help away again and leaves focus on its button. */
function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  if (event.key !== 'Escape' || !event.currentTarget.open) return;
  event.currentTarget.open = false;
  event.currentTarget.querySelector('summary')?.focus();
  event.stopPropagation();
}

/** A "Keys" button that unfolds the keyboard help of a view, written from its key tables. */
export function KeyHelpDisclosure({
  label,
  sections,
  className,
}: {
  label: string;
  // Each section has its own action type; the list only hands each table to its own describe.
  sections: readonly KeyHelpSection<string>[];
  className?: string;
}) {
  return (
    <details className={`keys-disclosure${className ? ` ${className}` : ''}`} onKeyDown={closeOnEscape}>
      <summary className="button small">{label}</summary>
      <div className="keys-panel">
        {sections.map((s, i) => (
          <section key={s.title ?? i}>
            {s.title ? <h3>{s.title}</h3> : null}
            <KeyHelp table={s.table} describe={s.describe} />
          </section>
        ))}
      </div>
    </details>
  );
}
