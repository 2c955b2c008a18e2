import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoffOf, transitionsByTouchpoint } from '../../../shared/map/transitions';
import type { Touchpoint, Transition } from '../../../shared/schema/tables';
import { icons } from '../../ui/icons';
import type { MapUiStore } from './map-ui-store';
import { HandoffBadge } from './HandoffBadge';
import type { MapActions } from './useMapActions';
import type { MapData } from './useMapData';

interface HandoffListProps {
  tp: Touchpoint;
  data: MapData;
  ui: MapUiStore;
  actions: MapActions;
}

/**
 * The hand-offs into and out of one touchpoint, with their context switch —
 * and the keyboard way to draw a new one: choose the next touchpoint.
 */
export function HandoffList({ tp, data, ui, actions }: HandoffListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [next, setNext] = useState('');
  const { view } = data;
  const index = useMemo(() => transitionsByTouchpoint(view), [view]);
  const own = index.get(tp.id) ?? { incoming: [], outgoing: [] };
  const titleOf = (tid: string | null) => (tid && view.touchpoints.get(tid)?.title) || t('map.card.untitled');
  // Every other touchpoint, in time order, named with its stage and channel.
  const candidates = useMemo(() => {
    const stageName = new Map(view.stages.map((s) => [s.id, s.name]));
    return view.slice.touchpoints
      .filter((other) => other.id !== tp.id)
      .map((other) => ({
        id: other.id,
        label: `${other.title || t('map.card.untitled')} — ${stageName.get(other.stage_id!) ?? ''} · ${view.slice.channels.get(other.channel_id!)?.name ?? ''}`,
      }));
  }, [view, tp.id, t]);

  const row = (tr: Transition, direction: 'in' | 'out') => {
    const otherId = direction === 'out' ? tr.to_touchpoint_id : tr.from_touchpoint_id;
    const other = otherId ? view.touchpoints.get(otherId) : undefined;
    const status = handoffOf(tr, direction === 'out' ? tp : other, direction === 'out' ? other : tp).status;
    const title = titleOf(otherId);
    return (
      <li key={tr.id} className="handoff-row">
        <HandoffBadge status={status} />
        <button
          type="button"
          className="link handoff-target"
          onClick={() => ui.getState().select({ kind: 'transition', id: tr.id })}
        >
          {direction === 'out' ? `→ ${title}` : `← ${title}`}
        </button>
        <label className="choice handoff-context">
          <input
            type="checkbox"
            checked={tr.carries_context}
            aria-label={t(direction === 'out' ? 'map.panel.carriesContextOf' : 'map.panel.carriesContextFrom', {
              title,
            })}
            onChange={(e) => actions.setCarriesContext(tr.id, e.target.checked)}
          />
          <span aria-hidden="true">{t('map.panel.carriesContext')}</span>
        </label>
        <button
          type="button"
          className="icon-button danger"
          onClick={() => actions.removeTransition(tr.id)}
          aria-label={t(direction === 'out' ? 'map.panel.removeHandoff' : 'map.panel.removeHandoffFrom', { title })}
        >
          {icons.remove}
        </button>
      </li>
    );
  };

  return (
    <section className="panel-handoffs" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('map.panel.handoffsTitle')}</h3>
      {own.incoming.length + own.outgoing.length === 0 ? (
        <p className="muted small">{t('map.panel.noHandoffs')}</p>
      ) : (
        <ul className="handoff-list">
          {own.incoming.map((tr) => row(tr, 'in'))}
          {own.outgoing.map((tr) => row(tr, 'out'))}
        </ul>
      )}
      <form
        className="handoff-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!next) return;
          actions.connect(tp.id, next);
          setNext('');
        }}
      >
        <label htmlFor={`${id}-next`} className="visually-hidden">
          {t('map.panel.addHandoff')}
        </label>
        <select id={`${id}-next`} value={next} onChange={(e) => setNext(e.target.value)}>
          <option value="">{t('map.panel.addHandoffChoose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button small" disabled={!next}>
          {t('map.panel.addHandoffButton')}
        </button>
      </form>
    </section>
  );
}
