import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MapUiStore } from './map-ui-store';
import type { MapData } from './useMapData';

const SHOWN_MS = 8000;

/**
 * The map's voice: why a drop or an arrow was refused, what an action did,
 * and the prompt while a hand-off is being drawn. A live region, so screen
 * readers hear it too.
 */
export function MapNotice({ data, ui }: { data: MapData; ui: MapUiStore }) {
  const { t } = useTranslation();
  const notice = useStore(ui, (s) => s.notice);
  const connectFrom = useStore(ui, (s) => s.connectFrom);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => {
      if (ui.getState().notice?.id === notice.id) ui.setState({ notice: null });
    }, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice, ui]);
  const source = connectFrom
    ? connectFrom.kind === 'touchpoint'
      ? data.view.touchpoints.get(connectFrom.id)
      : data.slice.backstage.byId.get(connectFrom.id)
    : undefined;
  return (
    <div className="map-notices" role="status" aria-live="polite">
      {source ? (
        <p className="map-notice connect">
          <span>
            {t('map.toolbar.connectFrom', { title: source.title || t('map.card.untitled') })}{' '}
            {t('map.toolbar.connectHint')}
          </span>
          <button type="button" className="button small ghost" onClick={() => ui.getState().startConnect(null)}>
            {t('map.toolbar.cancelConnect')}
          </button>
        </p>
      ) : null}
      {notice ? (
        <p key={notice.id} className={`map-notice ${notice.tone}`}>
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}
