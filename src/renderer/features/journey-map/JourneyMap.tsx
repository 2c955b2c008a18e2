import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { searchMap, searchText } from '../../../shared/map/visible';
import type { Touchpoint } from '../../../shared/schema/tables';
import { useCanEdit } from '../../app/useCanEdit';
import { useTouchpointInAddress } from '../../app/useTouchpointInAddress';
import { Legend } from './Legend';
import { MapDialogs } from './MapDialogs';
import { MapFrame } from './MapFrame';
import { MapToolbar } from './MapToolbar';
import { createMapUiStore, type MapLayersState } from './map-ui-store';
import { MapNotice } from './MapNotice';
import { OffMapList } from './OffMapList';
import { SidePanel } from './SidePanel';
import { useMapActions } from './useMapActions';
import { useFillWindow } from './useFillWindow';
import { useMapData } from './useMapData';
import { MAP_KEYS } from './map-keys';
import { keyHelpText } from '../../ui/key-table';
import { useKeyNames } from '../../ui/KeyHelp';
import './map.css';
import './cards.css';
import './canvas.css';
import './headers.css';
import './panel.css';

/** Journeys this big open with the overview shown. */
const OVERVIEW_FROM = 60;
const LAYERS_KEY = 'workbench.map.layers';

function savedLayers(): Partial<MapLayersState> {
  try {
    const raw = localStorage.getItem(LAYERS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Partial<MapLayersState> = {};
    for (const key of ['thoughts', 'backstage', 'curve'] as const) {
      const v = (parsed as Record<string, unknown>)[key];
      if (typeof v === 'boolean') out[key] = v;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * The journey map editor: stages with their steps in time as columns, the
 * channels in use as lanes, touchpoints as cards, hand-offs as arrows, the
 * backstage below the line of visibility, the emotion curve underneath, and
 * the selected item's details beside it.
 */
export function JourneyMap({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const keyNames = useKeyNames();
  const [ui] = useState(() => createMapUiStore({ overview: false, layers: savedLayers() }));
  const search = useStore(ui, (s) => s.search);
  const layers = useStore(ui, (s) => s.layers);
  const hasPanel = useStore(ui, (s) => s.selection !== null);
  const [viewportWidth, setViewportWidth] = useState(0);
  const mapLayers = useMemo(() => ({ thoughts: layers.thoughts, backstage: layers.backstage }), [layers]);
  const data = useMapData(journeyId, mapLayers, viewportWidth);
  const canEdit = useCanEdit();
  const actions = useMapActions(data, ui, !canEdit);
  const selectedCard = useStore(ui, (s) => (s.selection?.kind === 'touchpoint' ? s.selection.id : null));
  useTouchpointInAddress(journeyId, selectedCard, (id) => ui.getState().select(id ? { kind: 'touchpoint', id } : null));
  const body = useRef<HTMLDivElement>(null);
  useFillWindow(body, data !== undefined && data.view.stages.length > 0);

  useEffect(() => {
    try {
      localStorage.setItem(LAYERS_KEY, JSON.stringify(layers));
    } catch {
      // Layers are a convenience: a browser without storage starts with the defaults.
    }
  }, [layers]);

  // Normalised search text per row object: rows keep their identity while unchanged, so this is computed once per edit.
  const texts = useRef(new WeakMap<Touchpoint, string>());
  const hitList = useMemo(() => {
    if (!data || search.trim() === '') return null;
    return searchMap(data.view, search, (tp) => {
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
  // The next match is selected; the frame scrolls the map (only the map) to it.
  const nextHit = useCallback(() => {
    if (!hitList || hitList.length === 0) return;
    hitCursor.current = (hitCursor.current + 1) % hitList.length;
    ui.getState().select({ kind: 'touchpoint', id: hitList[hitCursor.current]! });
  }, [hitList, ui]);

  const opened = useRef(false);
  useEffect(() => {
    if (!data || opened.current) return;
    opened.current = true;
    if (data.view.touchpoints.size >= OVERVIEW_FROM) ui.getState().toggleOverview();
  }, [data, ui]);

  if (!data)
    return (
      <p className="card" aria-busy="true">
        {t('map.loading')}
      </p>
    );
  const { view } = data;

  return (
    <section className={`journey-map${canEdit ? '' : ' read-only'}`} aria-label={t('map.region')}>
      <MapToolbar
        data={data}
        ui={ui}
        readOnly={!canEdit}
        hitCount={hitList ? hitList.length : null}
        onNextHit={nextHit}
      />
      {view.stages.length === 0 ? (
        <p className="map-empty card">{t('map.noStages')}</p>
      ) : (
        <div ref={body} className={`map-body${hasPanel ? ' with-panel' : ''}`}>
          <div className="map-main" aria-describedby={`map-help-${journeyId}`}>
            <p id={`map-help-${journeyId}`} className="visually-hidden">
              {keyHelpText(MAP_KEYS, keyNames, (a) => t(`map.keys.${a}`))}
            </p>
            <MapFrame data={data} ui={ui} actions={actions} hits={hits} onViewportWidth={setViewportWidth} />
            <MapNotice data={data} ui={ui} />
            {view.lanes.length === 0 ? (
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
      <OffMapList data={data} actions={actions} ui={ui} />
      <MapDialogs data={data} ui={ui} actions={actions} />
    </section>
  );
}
