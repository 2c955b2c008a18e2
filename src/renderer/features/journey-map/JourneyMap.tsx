import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { searchText, searchTouchpoints } from '../../../shared/map/insights';
import type { Touchpoint } from '../../../shared/schema/tables';
import { useCanEdit } from '../../app/useCanEdit';
import { useTouchpointInAddress } from '../../app/useTouchpointInAddress';
import { Legend } from './Legend';
import { MapDialogs } from './MapDialogs';
import { MapFrame } from './MapFrame';
import { MapToolbar } from './MapToolbar';
import { createMapUiStore } from './map-ui-store';
import { MapNotice } from './MapNotice';
import { OffMapList } from './OffMapList';
import { SidePanel } from './SidePanel';
import { useMapActions } from './useMapActions';
import { useMapData } from './useMapData';
import './map.css';
import './panel.css';

/** Journeys this big open with the overview shown. */
const OVERVIEW_FROM = 60;

/**
 * The journey map editor: stages as columns, the channels in use as lanes,
 * touchpoints as cards, hand-offs as arrows, the emotion curve underneath,
 * and the selected item's details beside it.
 */
export function JourneyMap({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const [ui] = useState(() => createMapUiStore({ overview: false }));
  const extraLanes = useStore(ui, (s) => s.extraLanes);
  const search = useStore(ui, (s) => s.search);
  const hasPanel = useStore(ui, (s) => s.selection !== null);
  const [viewportWidth, setViewportWidth] = useState(0);
  const data = useMapData(journeyId, extraLanes, viewportWidth);
  const canEdit = useCanEdit();
  const actions = useMapActions(data, ui, !canEdit);
  const selectedCard = useStore(ui, (s) => (s.selection?.kind === 'touchpoint' ? s.selection.id : null));
  useTouchpointInAddress(journeyId, selectedCard, (id) => ui.getState().select(id ? { kind: 'touchpoint', id } : null));

  // Normalised search text per row object: rows keep their identity while unchanged, so this is computed once per edit.
  const texts = useRef(new WeakMap<Touchpoint, string>());
  const hitList = useMemo(() => {
    if (!data || search.trim() === '') return null;
    return searchTouchpoints(data.model, search, (tp) => {
      let text = texts.current.get(tp);
      if (text === undefined) texts.current.set(tp, (text = searchText(tp)));
      return text;
    });
  }, [data, search]);
  const hits = useMemo(() => (hitList ? new Set(hitList) : null), [hitList]);
  const hitCursor = useRef(-1);
  useEffect(() => {
    hitCursor.current = -1;
  }, [hitList]);
  const nextHit = useCallback(() => {
    if (!hitList || hitList.length === 0) return;
    hitCursor.current = (hitCursor.current + 1) % hitList.length;
    const id = hitList[hitCursor.current]!;
    ui.getState().setActive(id);
    ui.getState().select({ kind: 'touchpoint', id });
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`.tp-card[data-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'center', inline: 'center' }),
    );
  }, [hitList, ui]);

  const opened = useRef(false);
  useEffect(() => {
    if (!data || opened.current) return;
    opened.current = true;
    if (data.model.touchpoints.size >= OVERVIEW_FROM) ui.getState().toggleOverview();
  }, [data, ui]);

  if (!data)
    return (
      <p className="card" aria-busy="true">
        {t('map.loading')}
      </p>
    );
  const { model } = data;

  return (
    <section className={`journey-map${canEdit ? '' : ' read-only'}`} aria-label={t('map.region')}>
      <MapToolbar
        data={data}
        ui={ui}
        readOnly={!canEdit}
        hitCount={hitList ? hitList.length : null}
        onNextHit={nextHit}
      />
      {model.stages.length === 0 ? (
        <p className="map-empty card">{t('map.noStages')}</p>
      ) : (
        <div className={`map-body${hasPanel ? ' with-panel' : ''}`}>
          <div className="map-main" aria-describedby={`map-help-${journeyId}`}>
            <p id={`map-help-${journeyId}`} className="visually-hidden">
              {t('map.keyboardHelp')}
            </p>
            <MapFrame data={data} ui={ui} actions={actions} hits={hits} onViewportWidth={setViewportWidth} />
            <MapNotice data={data} ui={ui} />
            {model.lanes.length === 0 ? (
              <div className="map-empty-hint" role="note">
                <h3>{t('map.emptyTitle')}</h3>
                <p>{t('map.emptyText')}</p>
              </div>
            ) : null}
          </div>
          <SidePanel data={data} ui={ui} actions={actions} />
        </div>
      )}
      <Legend data={data} ui={ui} />
      <OffMapList data={data} actions={actions} />
      <MapDialogs data={data} ui={ui} actions={actions} />
    </section>
  );
}
