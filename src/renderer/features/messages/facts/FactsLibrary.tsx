import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factUsages, type FactUsage } from '../../../../shared/messages';
import type { Fact } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { fieldEdit, tombstoneEdit } from '../../../../shared/edits';
import { placeholderOf } from '../labels';
import type { MessagesData } from '../useMessagesData';
import { AddFactForm } from './AddFactForm';
import { renameKeyEdits } from '../../../../shared/messages/fact-edits';
import { FactRow } from './FactRow';
import { FactUsageDialog, type UsageQuestion } from './FactUsageDialog';

const NONE: readonly FactUsage[] = [];

/**
 * The workspace's facts: what must read the same on every channel. Messages
 * use them as placeholders, so an action that would break a use first shows
 * where the fact is used.
 */
export function FactsLibrary({ data }: { data: MessagesData }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const [question, setQuestion] = useState<UsageQuestion | null>(null);
  const facts = useMemo(() => [...data.facts].sort((a, b) => a.key.localeCompare(b.key)), [data.facts]);
  const active = facts.filter((f) => !f.archived);
  const archived = facts.filter((f) => f.archived);
  const usages = useMemo(
    () => new Map(data.facts.map((f) => [f.id, factUsages(f.key, data.messages, data.variants)])),
    [data.facts, data.messages, data.variants],
  );
  const usesOf = (f: Fact) => usages.get(f.id) ?? NONE;

  const archive = (f: Fact) => void commands.apply('archiveFact', [fieldEdit('facts', f.id, 'archived', true)]);
  const rename = (f: Fact, to: string) =>
    void commands.apply('renameFactKey', renameKeyEdits(f, to, data.messages, data.variants));
  // A fact is only filled in while active, so its uses matter for archiving, renaming and deleting alike.
  const unlessUsed = (f: Fact, ask: UsageQuestion, act: () => void) =>
    usesOf(f).length > 0 ? setQuestion(ask) : act();

  return (
    <section className="card facts" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('messages.facts.title')}</h2>
      <p className="muted">{t('messages.facts.intro', { example: placeholderOf(t('messages.facts.exampleKey')) })}</p>
      {active.length === 0 ? (
        <p className="muted facts-empty">{t('messages.facts.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="facts-table" aria-labelledby="facts-title">
            <thead>
              <tr>
                <th scope="col">{t('messages.facts.colKey')}</th>
                <th scope="col">{t('messages.facts.colLabel')}</th>
                <th scope="col">{t('messages.facts.colValue')}</th>
                <th scope="col">{t('messages.facts.colUses')}</th>
                <th scope="col" className="cell-actions">
                  <span className="visually-hidden">{t('messages.facts.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((f) => (
                <FactRow
                  key={f.id}
                  fact={f}
                  facts={data.facts}
                  usages={usesOf(f)}
                  onRenameKey={(fact, to) => unlessUsed(fact, { kind: 'rename', fact, to }, () => rename(fact, to))}
                  onShowUses={(fact) => setQuestion({ kind: 'uses', fact })}
                  onArchive={(fact) => unlessUsed(fact, { kind: 'archive', fact }, () => archive(fact))}
                  onDelete={(fact) =>
                    unlessUsed(
                      fact,
                      { kind: 'delete', fact },
                      () => void commands.apply('deleteFact', [tombstoneEdit('facts', fact.id)]),
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddFactForm facts={data.facts} />
      {archived.length > 0 ? (
        <div className="archived-group">
          <h3 id="facts-archived">{t('messages.facts.archivedTitle')}</h3>
          <ul className="catalogue-list" aria-labelledby="facts-archived">
            {archived.map((f) => (
              <li key={f.id} className="catalogue-item archived">
                <code>{placeholderOf(f.key)}</code>
                <span className="catalogue-name">{f.label}</span>
                <span className="muted">{f.value}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('messages.facts.restore', { name: f.label || f.key })}
                  onClick={() => void commands.apply('restoreFact', [fieldEdit('facts', f.id, 'archived', false)])}
                >
                  {t('common.restore')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FactUsageDialog
        question={question}
        usages={question ? usesOf(question.fact) : NONE}
        data={data}
        onClose={() => setQuestion(null)}
        onArchive={archive}
        onRename={rename}
      />
    </section>
  );
}
