import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { backstageHandoffs } from '../../../shared/journey/backstage';
import { ownersInUse, supportersInUse } from '../../../shared/map/insights';
import { countHandoffs } from '../../../shared/map/transitions';
import { HandoffBadge } from './HandoffBadge';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';
import type { MapData } from './useMapData';

/**
 * What the colours and lines mean: owner departments (click to highlight
 * one), the three kinds of hand-off with counts and explanations, and the
 * symbols on the cards.
 */
export const Legend = memo(function Legend({ data, ui }: { data: MapData; ui: MapUiStore }) {
  const { t } = useTranslation();
  const department = useStore(ui, (s) => s.department);
  const owners = useMemo(() => ownersInUse(data.view), [data.view]);
  const supporters = useMemo(() => supportersInUse(data.view), [data.view]);
  const handoffs = useMemo(() => countHandoffs(data.view), [data.view]);
  const backstage = useMemo(() => {
    const counts = { carried: 0, lost: 0, silo: 0 };
    for (const h of backstageHandoffs(data.slice)) counts[h.status] += 1;
    return counts;
  }, [data.slice]);
  const shown = data.departments.filter((d) => owners.has(d.id) || supporters.has(d.id));
  const counted = (id: string) => {
    const supports = supporters.get(id) ?? 0;
    const owned = t('map.legend.count', { count: owners.get(id) ?? 0 });
    return supports > 0 ? `${owned}, ${t('map.legend.supports', { count: supports })}` : owned;
  };
  return (
    <section className="map-legend" aria-label={t('map.legend.title')}>
      <div className="legend-group">
        <h3>{t('map.legend.departments')}</h3>
        <ul>
          {shown.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className={`legend-dept${department === d.id ? ' is-on' : ''}`}
                aria-pressed={department === d.id}
                aria-label={`${t('map.legend.highlight', { name: d.name })}, ${counted(d.id)}`}
                onClick={() => ui.getState().setDepartment(department === d.id ? null : d.id)}
              >
                <span className="swatch" style={{ background: d.color }} aria-hidden="true" />
                <span>{d.name}</span>
                <span className="legend-count" aria-hidden="true">
                  {owners.get(d.id) ?? 0}
                  {supporters.has(d.id) ? ` + ${supporters.get(d.id)}` : ''}
                </span>
              </button>
            </li>
          ))}
          {shown.length === 0 ? <li className="muted">—</li> : null}
        </ul>
      </div>
      <div className="legend-group">
        <h3>{t('map.legend.handoffs')}</h3>
        <ul>
          {(['carried', 'lost', 'silo'] as const).map((s) => (
            <li key={s} className="legend-handoff" title={t(`map.handoff.${s}Text`)}>
              <HandoffBadge status={s} withText />
              <span className="legend-count" title={t('map.legend.frontBack')}>
                {handoffs[s]}
                {backstage[s] > 0 ? ` + ${backstage[s]}` : ''}
              </span>
              <span className="visually-hidden">{t(`map.handoff.${s}Text`)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-group">
        <h3>{t('map.legend.icons')}</h3>
        <ul>
          <li className="legend-icon">
            {mapIcons.backChannel}
            <span>{t('map.card.backChannel')}</span>
          </li>
          <li className="legend-icon">
            {mapIcons.history}
            <span>{t('map.card.knowsHistory')}</span>
          </li>
        </ul>
      </div>
    </section>
  );
});
