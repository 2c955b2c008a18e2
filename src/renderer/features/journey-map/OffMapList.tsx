import { useTranslation } from 'react-i18next';
import type { BackstageStep, Touchpoint } from '../../../shared/schema/tables';
import type { MapUiStore } from './map-ui-store';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/**
 * What is not (fully) on the map: archived touchpoints (to restore), ones
 * whose stage or channel vanished, e.g. through a sync (to place again),
 * backstage steps that serve no touchpoint, and archived backstage steps.
 * Nothing is ever lost silently.
 */
export function OffMapList({ data, actions, ui }: { data: MapData; actions: MapActions; ui: MapUiStore }) {
  const { t } = useTranslation();
  const { orphans, archived } = data.view;
  const { unlinked, unplaced, archived: archivedBackstage } = data.slice.backstage;
  const item = (tp: Touchpoint, label: string, button: string) => (
    <li key={tp.id} className="catalogue-item archived">
      <span className="catalogue-name">{tp.title || t('map.card.untitled')}</span>
      <button type="button" className="button small" aria-label={label} onClick={() => actions.restore(tp)}>
        {button}
      </button>
    </li>
  );
  const backItem = (b: BackstageStep) => {
    const title = b.title || t('map.backstage.untitled');
    const placed = !unplaced.includes(b);
    return (
      <li key={b.id} className="catalogue-item archived">
        <span className="catalogue-name">{title}</span>
        <span className="muted small">{placed ? t('map.backstage.onTheMap') : t('map.backstage.noPlace')}</span>
        {placed ? (
          <button
            type="button"
            className="button small"
            aria-label={t('map.backstage.showOne', { title })}
            onClick={() => ui.getState().select({ kind: 'backstage', id: b.id })}
          >
            {t('map.backstage.show')}
          </button>
        ) : (
          <button
            type="button"
            className="button small"
            aria-label={t('map.backstage.placeOne', { title })}
            onClick={() => {
              const first = data.view.stages[0];
              if (first)
                actions.moveBackstage(b.id, {
                  kind: 'gap',
                  stageId: first.id,
                  gap: data.slice.stepsByStage[0]!.length,
                });
            }}
          >
            {t('map.archived.place')}
          </button>
        )}
      </li>
    );
  };
  return (
    <>
      {orphans.length > 0 ? (
        <section className="off-map orphans" aria-labelledby="map-orphans">
          <h3 id="map-orphans">{t('map.archived.orphansTitle', { count: orphans.length })}</h3>
          <p className="muted small">{t('map.archived.orphansText')}</p>
          <ul className="catalogue-list">
            {orphans.map((tp) => item(tp, t('map.archived.placeOne', { title: tp.title }), t('map.archived.place')))}
          </ul>
        </section>
      ) : null}
      {unlinked.length > 0 ? (
        <section className="off-map unlinked" aria-labelledby="map-unlinked">
          <h3 id="map-unlinked">{t('map.backstage.unlinkedTitle', { count: unlinked.length })}</h3>
          <p className="muted small">{t('map.backstage.unlinkedListText')}</p>
          <ul className="catalogue-list">{unlinked.map(backItem)}</ul>
        </section>
      ) : null}
      {archived.length > 0 ? (
        <details className="off-map">
          <summary>{t('map.archived.title', { count: archived.length })}</summary>
          <ul className="catalogue-list" aria-label={t('map.archived.title', { count: archived.length })}>
            {archived.map((tp) =>
              item(tp, t('map.archived.restoreOne', { title: tp.title }), t('map.archived.restore')),
            )}
          </ul>
        </details>
      ) : null}
      {archivedBackstage.length > 0 ? (
        <details className="off-map">
          <summary>{t('map.backstage.archivedTitle', { count: archivedBackstage.length })}</summary>
          <ul className="catalogue-list">
            {archivedBackstage.map((b) => (
              <li key={b.id} className="catalogue-item archived">
                <span className="catalogue-name">{b.title || t('map.backstage.untitled')}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('map.backstage.restoreOne', { title: b.title })}
                  onClick={() => actions.archiveBackstage(b.id, false)}
                >
                  {t('map.archived.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
