import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { BackstageHandoffPanel } from './BackstageHandoffPanel';
import { BackstagePanel } from './BackstagePanel';
import type { MapUiStore } from './map-ui-store';
import { TouchpointPanel } from './TouchpointPanel';
import { TransitionPanel } from './TransitionPanel';
import { focusWhenDrawn } from './useCanvasEvents';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

/** The details of what is selected on the map: a touchpoint, a backstage step or a hand-off. Nothing when nothing is selected. */
export function SidePanel({ data, ui, actions }: { data: MapData; ui: MapUiStore; actions: MapActions }) {
  const { t } = useTranslation();
  const selection = useStore(ui, (s) => s.selection);
  const close = useCallback(() => {
    const s = ui.getState();
    const cardId = s.selection?.kind === 'touchpoint' || s.selection?.kind === 'backstage' ? s.selection.id : null;
    s.select(null);
    s.requestTitleFocus(null);
    // Back to the card the panel was about, so keyboard users keep their place.
    if (cardId) focusWhenDrawn(document.querySelector<HTMLElement>('.map-canvas'), cardId);
  }, [ui]);

  if (!selection) return null;
  if (selection.kind === 'touchpoint') {
    const tp = data.view.touchpoints.get(selection.id);
    if (!tp) return null;
    return (
      <aside className="map-panel" aria-label={t('map.panel.label')}>
        <TouchpointPanel key={tp.id} tp={tp} data={data} ui={ui} actions={actions} onClose={close} />
      </aside>
    );
  }
  if (selection.kind === 'backstage') {
    const step = data.slice.backstage.byId.get(selection.id);
    if (!step) return null;
    return (
      <aside className="map-panel" aria-label={t('map.backstage.panelLabel')}>
        <BackstagePanel key={step.id} step={step} data={data} ui={ui} actions={actions} onClose={close} />
      </aside>
    );
  }
  if (selection.kind === 'handoff') {
    const h = data.slice.backstage.allHandoffs.find((x) => x.id === selection.id);
    if (!h) return null;
    return (
      <aside className="map-panel" aria-label={t('map.backstage.handoffPanelLabel')}>
        <BackstageHandoffPanel key={h.id} handoff={h} data={data} ui={ui} actions={actions} onClose={close} />
      </aside>
    );
  }
  const tr = data.view.allTransitions.find((x) => x.id === selection.id);
  if (!tr) return null;
  return (
    <aside className="map-panel" aria-label={t('map.transitionPanel.label')}>
      <TransitionPanel key={tr.id} tr={tr} data={data} ui={ui} actions={actions} onClose={close} />
    </aside>
  );
}
