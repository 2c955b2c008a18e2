import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactUsage } from '../../../../shared/messages';
import type { Fact } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { fieldEdit } from '../../../../shared/edits';
import { icons } from '../../../ui/icons';
import { InlineText } from '../../../ui/InlineText';
import { keyProblem } from '../../../../shared/messages/fact-edits';

interface FactRowProps {
  fact: Fact;
  facts: readonly Fact[];
  usages: readonly FactUsage[];
  onRenameKey: (fact: Fact, to: string) => void;
  onShowUses: (fact: Fact) => void;
  onArchive: (fact: Fact) => void;
  onDelete: (fact: Fact) => void;
}

/** One active fact: key, label and value edited where they stand, where it is used, archive and delete. */
export function FactRow({ fact, facts, usages, onRenameKey, onShowUses, onArchive, onDelete }: FactRowProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? null : keyProblem(draft.trim(), facts, fact.id);
  const name = fact.label || fact.key;
  const places = usages.reduce((n, u) => n + u.count, 0);
  const errorId = `fact-key-error-${fact.id}`;

  const commitKey = () => {
    if (draft === null) return;
    const next = draft.trim();
    if (next === fact.key) return setDraft(null);
    if (problem) return;
    setDraft(null);
    onRenameKey(fact, next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commitKey();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
    }
  };

  return (
    <tr>
      <td className="fact-key">
        <div className="fact-key-box">
          <span className="fact-brace" aria-hidden="true">
            {'{{'}
          </span>
          <input
            type="text"
            className="inline-text"
            value={draft ?? fact.key}
            maxLength={64}
            spellCheck={false}
            aria-label={t('messages.facts.keyOf', { name })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commitKey}
            onKeyDown={onKeyDown}
          />
          <span className="fact-brace" aria-hidden="true">
            {'}}'}
          </span>
        </div>
        {problem ? (
          <p id={errorId} className="form-problem">
            {t(`messages.facts.keyProblem.${problem}`)}
          </p>
        ) : null}
      </td>
      <td>
        <InlineText
          value={fact.label}
          label={t('messages.facts.labelOf', { name })}
          required={false}
          onCommit={(next) => void commands.apply('changeFact', [fieldEdit('facts', fact.id, 'label', next)])}
        />
      </td>
      <td>
        <InlineText
          value={fact.value}
          label={t('messages.facts.valueOf', { name })}
          required={false}
          maxLength={2000}
          onCommit={(next) => void commands.apply('changeFact', [fieldEdit('facts', fact.id, 'value', next)])}
        />
      </td>
      <td className="fact-uses">
        {places === 0 ? (
          <span className="muted">{t('messages.facts.unused')}</span>
        ) : (
          <button
            type="button"
            className="link"
            aria-label={t('messages.facts.showUses', { name, count: places })}
            onClick={() => onShowUses(fact)}
          >
            {t('messages.facts.uses', { count: places })}
          </button>
        )}
      </td>
      <td className="cell-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('messages.facts.archive', { name })}
          title={t('common.archive')}
          onClick={() => onArchive(fact)}
        >
          {icons.archive}
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('messages.facts.delete', { name })}
          title={t('messages.facts.deleteShort')}
          onClick={() => onDelete(fact)}
        >
          {icons.remove}
        </button>
      </td>
    </tr>
  );
}
