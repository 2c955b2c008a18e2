import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  planCatalogueTranslation,
  translationEdits,
  type CatalogueTranslation,
} from '../../../shared/catalogue-translation';
import { formatLanguage, type FormatLanguage } from '../../../shared/format';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { useCanEdit } from '../../app/useCanEdit';

const OTHER: Record<FormatLanguage, FormatLanguage> = { de: 'en', en: 'de' };

/** What translating into each language would do, from the rows the page holds. */
function usePlans(): Record<FormatLanguage, CatalogueTranslation> | null {
  const workspaceId = useSession((s) => s.workspaceId);
  const channels = useRows('channels');
  const departments = useRows('departments');
  const workspaces = useRows('workspaces');
  return useMemo(() => {
    if (!channels || !departments) return null;
    const row = workspaces?.find((w) => w.id === workspaceId);
    const rows = { workspace: row ? { id: row.id, name: row.name } : null, channels, departments };
    return { de: planCatalogueTranslation(rows, 'de'), en: planCatalogueTranslation(rows, 'en') };
  }, [channels, departments, workspaces, workspaceId]);
}

/**
 * Settings › Catalogue: default names into the other language, on request only.
 * A workspace created in English keeps "Physical store" until the team asks
 * for "Filiale"; names the team chose are never touched; one undo takes it back.
 */
export function CatalogueLanguage() {
  const { t, i18n } = useTranslation();
  const { commands } = useServices();
  const canEdit = useCanEdit();
  const plans = usePlans();
  const [done, setDone] = useState<string | null>(null);
  if (!plans) return null;
  const ui = formatLanguage(i18n.language);
  const targets = [ui, OTHER[ui]].filter((l) => plans[l].renamings.length > 0);
  const own = plans[ui].kept.filter((k) => k.why === 'own').length;
  const taken = plans[ui].kept.filter((k) => k.why === 'taken').length;

  const translate = async (to: FormatLanguage) => {
    const count = plans[to].renamings.length;
    const ok = await commands.apply('translateCatalogue', translationEdits(plans[to]));
    setDone(ok ? t('catalogueLanguage.done', { count }) : null);
  };

  return (
    <section className="card catalogue-language" aria-labelledby="catalogue-language-title">
      <h2 id="catalogue-language-title">{t('catalogueLanguage.title')}</h2>
      <p className="muted">{t('catalogueLanguage.intro')}</p>
      {plans[ui].renamings.length === 0 ? (
        <p>{t(ui === 'de' ? 'catalogueLanguage.nothingDe' : 'catalogueLanguage.nothingEn')}</p>
      ) : null}
      {targets.map((to) => (
        <div key={to} className="catalogue-language-target">
          <button
            type="button"
            className={to === ui ? 'button primary' : 'button'}
            disabled={!canEdit}
            onClick={() => void translate(to)}
          >
            {t(to === 'de' ? 'catalogueLanguage.toDe' : 'catalogueLanguage.toEn', {
              count: plans[to].renamings.length,
            })}
          </button>
          <details>
            <summary>{t('catalogueLanguage.preview')}</summary>
            <ul className="catalogue-language-list">
              {plans[to].renamings.map((r) => (
                <li key={`${r.table}-${r.id}`}>{t('catalogueLanguage.change', { from: r.from, to: r.to })}</li>
              ))}
            </ul>
          </details>
        </div>
      ))}
      {own > 0 ? <p className="muted">{t('catalogueLanguage.kept', { count: own })}</p> : null}
      {taken > 0 ? <p className="muted">{t('catalogueLanguage.taken', { count: taken })}</p> : null}
      <p role="status" className="catalogue-language-done">
        {done}
      </p>
    </section>
  );
}

/** Settings › General, under the language: a pointer to the catalogue when its default names speak the other language. */
export function CatalogueLanguageHint() {
  const { t, i18n } = useTranslation();
  const { nav } = useServices();
  const plans = usePlans();
  const ui = formatLanguage(i18n.language);
  const count = plans?.[ui].renamings.length ?? 0;
  if (count === 0) return null;
  return (
    <p className="catalogue-language-hint">
      <span>{t('catalogueLanguage.hint', { count })}</span>{' '}
      <button type="button" className="button small" onClick={() => nav.getState().showSettings('catalogue')}>
        {t('catalogueLanguage.hintAction')}
      </button>
    </p>
  );
}
