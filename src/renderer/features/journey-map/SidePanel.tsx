import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MapUiStore } from './map-ui-store';
import { TouchpointPanel } from './TouchpointPanel';
import { TransitionPanel } from './TransitionPanel';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/** The details of what is selected on the map: a touchpoint or a hand-off. Nothing when nothing is selected. */
export function SidePanel({ data, ui, actions }: { data: MapData; ui: MapUiStore; actions: MapActions }) {
  const { t } = useTranslation();
  const selection = useStore(ui, (s) => s.selection);
  const close = useCallback(() => {
    const s = ui.getState();
    const cardId = s.selection?.kind === 'touchpoint' ? s.selection.id : null;
    s.select(null);
    s.requestTitleFocus(null);
    // Back to the card the panel was about, so keyboard users keep their place.
    if (cardId)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`.tp-card[data-id="${CSS.escape(cardId)}"]`)?.focus(),
      );
  }, [ui]);

  if (!selection) return null;
  if (selection.kind === 'touchpoint') {
    const tp = data.model.touchpoints.get(selection.id);
    if (!tp) return null;
    return (
      <aside className="map-panel" aria-label={t('map.panel.label')}>
        <TouchpointPanel key={tp.id} tp={tp} data={data} ui={ui} actions={actions} onClose={close} />
      </aside>
    );
  }
  const tr = data.model.allTransitions.find((x) => x.id === selection.id);
  if (!tr) return null;
  return (
    <aside className="map-panel" aria-label={t('map.transitionPanel.label')}>
      <TransitionPanel key={tr.id} tr={tr} data={data} ui={ui} actions={actions} onClose={close} />
    </aside>
  );
}
