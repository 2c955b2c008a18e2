import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../shared/schema/tables';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/**
 * Touchpoints that are not on the map: archived ones (to restore) and ones
 * whose stage or channel vanished, e.g. through a sync (to place again).
 * Nothing is ever lost silently.
 */
export function OffMapList({ data, actions }: { data: MapData; actions: MapActions }) {
  const { t } = useTranslation();
  const { orphans, archived } = data.model;
  const item = (tp: Touchpoint, label: string, button: string) => (
    <li key={tp.id} className="catalogue-item archived">
      <span className="catalogue-name">{tp.title || t('map.card.untitled')}</span>
      <button type="button" className="button small" aria-label={label} onClick={() => actions.restore(tp)}>
        {button}
      </button>
    </li>
  );
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
    </>
  );
}
