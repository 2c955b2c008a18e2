import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { nextZoom } from '../../../shared/map/layout';
import type { MapUiStore } from './map-ui-store';
import { mapIcons } from './map-icons';

/** Zoom out, 100 %, zoom in, fit and the overview switch: in the map's top-left corner, where nothing else is. */
export function ZoomControls({ ui, onFit }: { ui: MapUiStore; onFit: () => void }) {
  const { t } = useTranslation();
  const zoom = useStore(ui, (s) => s.zoom);
  const overview = useStore(ui, (s) => s.overview);
  const s = ui.getState();
  return (
    <div className="zoom-controls" role="group" aria-label={t('map.toolbar.zoomGroup')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.toolbar.zoomOut')}
        title={t('map.toolbar.zoomOut')}
        aria-keyshortcuts="Control+-"
        onClick={() => s.setZoom(nextZoom(zoom, -1))}
      >
        {mapIcons.zoomOut}
      </button>
      <button
        type="button"
        className="zoom-level"
        aria-label={t('map.toolbar.zoomReset')}
        title={t('map.toolbar.zoomReset')}
        onClick={() => s.setZoom(1)}
      >
        {Math.round(zoom * 100)} %
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.toolbar.zoomIn')}
        title={t('map.toolbar.zoomIn')}
        aria-keyshortcuts="Control+="
        onClick={() => s.setZoom(nextZoom(zoom, 1))}
      >
        {mapIcons.zoomIn}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('map.toolbar.zoomFit')}
        title={t('map.toolbar.zoomFit')}
        onClick={onFit}
      >
        {mapIcons.fit}
      </button>
      <button
        type="button"
        className={`icon-button${overview ? ' is-on' : ''}`}
        aria-pressed={overview}
        aria-label={t('map.toolbar.overview')}
        title={t('map.toolbar.overview')}
        onClick={() => s.toggleOverview()}
      >
        {mapIcons.overview}
      </button>
    </div>
  );
}
