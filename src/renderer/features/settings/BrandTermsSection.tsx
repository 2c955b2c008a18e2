import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { icons } from '../../ui/icons';

type TermColumn = 'banned_terms' | 'required_terms';

function TermList({
  workspaceId,
  column,
  terms,
}: {
  workspaceId: string;
  column: TermColumn;
  terms: readonly string[];
}) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const id = useId();
  const [draft, setDraft] = useState('');
  const kind = column === 'banned_terms' ? 'banned' : 'required';
  const write = (next: string[]) =>
    commands.apply('changeBrandTerms', [fieldEdit('workspaces', workspaceId, column, next)]);
  const duplicate = terms.some((x) => x.toLowerCase() === draft.trim().toLowerCase());

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const term = draft.trim();
    if (term === '' || duplicate) return;
    if (await write([...terms, term])) setDraft('');
  };

  return (
    <div className="term-list">
      <h3 id={`${id}-title`}>{t(`messages.brandTerms.${kind}Title`)}</h3>
      <p className="muted">{t(`messages.brandTerms.${kind}Intro`)}</p>
      {terms.length === 0 ? (
        <p className="muted">{t('messages.brandTerms.none')}</p>
      ) : (
        <ul className="term-chips" aria-labelledby={`${id}-title`}>
          {terms.map((term) => (
            <li key={term} className={`term-chip ${kind}`}>
              <span>{term}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('messages.brandTerms.remove', { term })}
                onClick={() => void write(terms.filter((x) => x !== term))}
              >
                {icons.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="term-add" onSubmit={(e) => void add(e)}>
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t(`messages.brandTerms.${kind}New`)}
        </label>
        <input
          id={`${id}-new`}
          type="text"
          value={draft}
          maxLength={200}
          placeholder={t(`messages.brandTerms.${kind}Placeholder`)}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button small" disabled={draft.trim() === '' || duplicate}>
          {t('messages.brandTerms.add')}
        </button>
      </form>
    </div>
  );
}

/** The brand's word lists: terms no message may use, and terms every variant must carry. The consistency check reports both. */
export function BrandTermsSection() {
  const { t } = useTranslation();
  const workspaceId = useSession((s) => s.workspaceId);
  const workspace = useRows('workspaces')?.find((w) => w.id === workspaceId);
  return (
    <section className="card brand-terms" aria-labelledby="brand-terms-title">
      <h2 id="brand-terms-title">{t('messages.brandTerms.title')}</h2>
      {workspaceId && workspace ? (
        <div className="term-lists">
          <TermList workspaceId={workspaceId} column="banned_terms" terms={workspace.banned_terms} />
          <TermList workspaceId={workspaceId} column="required_terms" terms={workspace.required_terms} />
        </div>
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      )}
    </section>
  );
}
