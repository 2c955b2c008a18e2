import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEdit } from '../../../shared/changes';
import { newId } from '../../../shared/ids';
import { setField } from '../../../shared/map/edits';
import {
  checkDrop,
  createTouchpointEdits,
  moveEdits,
  restoreEdits,
  stepTarget,
  type CellTarget,
  type Direction,
} from '../../../shared/map/moves';
import { checkTransition, createTransitionEdits } from '../../../shared/map/transitions';
import type { Touchpoint } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import type { ActionKey } from '../../lib/action-label';
import type { MapUiStore } from './map-ui-store';
import type { MapData } from './useMapData';

export interface MapActions {
  /** A viewer's map: every change below is refused with a reason (the controls are hidden too). */
  readOnly: boolean;
  create(cell: CellTarget, title?: string, index?: number): void;
  move(id: string, target: CellTarget, index: number): void;
  step(id: string, direction: Direction): void;
  connect(fromId: string, toId: string): void;
  edit(id: string, action: ActionKey, edits: readonly FieldEdit[]): void;
  archive(id: string): void;
  restore(tp: Touchpoint): void;
  setCarriesContext(transitionId: string, carries: boolean): void;
  removeTransition(transitionId: string): void;
}

/**
 * Every change the map makes, checked first and explained when refused. The
 * callbacks never change identity (they read the latest data through a ref),
 * so passing them to 500 memoised cards costs nothing.
 */
export function useMapActions(data: MapData | undefined, ui: MapUiStore, readOnly = false): MapActions {
  const { t } = useTranslation();
  const { commands } = useServices();
  const latest = useRef({ data, t });
  useLayoutEffect(() => {
    latest.current = { data, t };
  });

  return useMemo<MapActions>(() => {
    const say = ui.getState().say;
    if (readOnly) {
      const refuse = () => say('refused', latest.current.t('review.viewer.refused'));
      return {
        readOnly: true,
        create: refuse,
        move: refuse,
        step: refuse,
        connect: () => {
          ui.getState().startConnect(null);
          refuse();
        },
        edit: refuse,
        archive: refuse,
        restore: refuse,
        setCarriesContext: refuse,
        removeTransition: refuse,
      };
    }
    const model = () => latest.current.data?.model;
    const tr = () => latest.current.t;
    // A channel without a lane may take a card when it is active: its lane opens with the card.
    const canOpenLane = (channelId: string) =>
      !!latest.current.data?.channels.some((c) => c.id === channelId && !c.archived && !c.tombstone);
    const titleOf = (id: string) => model()?.touchpoints.get(id)?.title || tr()('map.card.untitled');
    const placeName = (target: CellTarget & { channelId: string }) => {
      const m = model();
      const stage = m?.stages.find((s) => s.id === target.stageId)?.name ?? '';
      const channel = latest.current.data?.channels.find((c) => c.id === target.channelId)?.name ?? '';
      return { stage, channel };
    };

    const move = (id: string, target: CellTarget, index: number) => {
      const m = model();
      if (!m) return;
      const problem = checkDrop(m, id, target, canOpenLane);
      if (problem) return say('refused', tr()(`map.refused.${problem}`));
      const edits = moveEdits(m, id, { stageId: target.stageId, channelId: target.channelId! }, index);
      if (edits.length === 0) return;
      void commands.apply('moveTouchpoint', edits);
      say(
        'done',
        tr()('map.done.moved', {
          title: titleOf(id),
          ...placeName({ stageId: target.stageId, channelId: target.channelId! }),
        }),
      );
    };

    return {
      readOnly: false,
      create(cell, title, index) {
        const m = model();
        if (!m) return;
        const problem = checkDrop(m, null, cell, canOpenLane);
        if (problem) return say('refused', tr()(`map.refused.${problem}`));
        const id = newId();
        const name = title?.trim() || tr()('map.add.defaultTitle');
        const spec = { journeyId: m.journeyId, stageId: cell.stageId, channelId: cell.channelId!, title: name, index };
        void commands.apply('addTouchpoint', createTouchpointEdits(m, spec, id));
        ui.getState().select({ kind: 'touchpoint', id });
        ui.getState().requestTitleFocus(id);
        say('done', tr()('map.done.created', { title: name }));
      },
      move,
      step(id, direction) {
        const m = model();
        if (!m) return;
        const step = stepTarget(m, id, direction);
        if (!step) return say('refused', tr()('map.refused.edge'));
        move(id, step.target, step.index);
      },
      connect(fromId, toId) {
        const m = model();
        ui.getState().startConnect(null);
        if (!m) return;
        const problem = checkTransition(m, fromId, toId);
        if (problem) return say('refused', tr()(`map.refused.${problem}`));
        const id = newId();
        void commands.apply('addTransition', createTransitionEdits(m.journeyId, fromId, toId, id));
        ui.getState().select({ kind: 'transition', id });
        say('done', tr()('map.done.connected', { from: titleOf(fromId), to: titleOf(toId) }));
      },
      edit(_id, action, edits) {
        if (edits.length > 0) void commands.apply(action, edits);
      },
      archive(id) {
        const title = titleOf(id);
        // A notice that offers Undo and goes once the archive is undone.
        void commands.apply('archiveTouchpoint', [setField('touchpoints', id, 'archived', true)], {
          notice: tr()('map.done.archived', { title }),
        });
        const s = ui.getState();
        if (s.selection?.id === id) s.select(null);
      },
      restore(tp) {
        const m = model();
        const firstStage = m?.stages[0];
        if (!m || !firstStage) return say('refused', tr()('map.refused.unknownStage'));
        // Its own channel when that still exists; otherwise the first open lane.
        const usable = (id: string | null) =>
          !!id && !!latest.current.data?.channels.some((c) => c.id === id && !c.archived && !c.tombstone);
        const channelId = usable(tp.channel_id) ? tp.channel_id : (m.lanes.find((l) => !l.closed)?.channelId ?? null);
        if (!channelId) return say('refused', tr()('map.refused.noChannel'));
        void commands.apply('restoreTouchpoint', restoreEdits(m, tp, { stageId: firstStage.id, channelId }));
      },
      setCarriesContext(transitionId, carries) {
        void commands.apply('changeTransition', [setField('transitions', transitionId, 'carries_context', carries)]);
      },
      removeTransition(transitionId) {
        void commands.apply('removeTransition', [
          { table: 'transitions', row: transitionId, column: 'tombstone', value: true },
        ]);
        const s = ui.getState();
        if (s.selection?.kind === 'transition' && s.selection.id === transitionId) s.select(null);
      },
    };
  }, [commands, ui, readOnly]);
}
