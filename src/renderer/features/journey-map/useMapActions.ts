import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEdit } from '../../../shared/changes';
import { newId } from '../../../shared/ids';
import {
  archiveTouchpointEdits,
  createBackstageHandoffEdits,
  createBackstageStepEdits,
  isTimeProblem,
  linkEdits,
  onlyServing,
  placeInTime,
  timeStepTarget,
  unlinkEdits,
  type BackstageFate,
  type TimeTarget,
} from '../../../shared/journey';
import { fieldEdit } from '../../../shared/edits';
import { checkLane, createTouchpointEdits, laneEdits, laneStep, moveEdits } from '../../../shared/map/map-edits';
import { checkTransition, createTransitionEdits } from '../../../shared/map/transitions';
import { saltOf } from '../../../shared/ordering';
import type { BackstageStep, Channel, Touchpoint } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import type { ActionKey } from '../../lib/action-label';
import type { MapUiStore } from './map-ui-store';
import type { MapData } from './useMapData';

export interface NewTouchpointSpec {
  time: TimeTarget;
  channel: Pick<Channel, 'id' | 'back_channel'>;
  title?: string;
  ownerDepartmentId?: string | null;
  /** Rows made on the way (a channel or department created in the add dialog), in the same undo step. */
  before?: readonly FieldEdit[];
}

export interface MapActions {
  /** A viewer's map: every change below is refused with a reason (the controls are hidden too). */
  readOnly: boolean;
  create(spec: NewTouchpointSpec): void;
  /** `channelId` null: dropped where no channel is (refused with the reason). */
  move(id: string, time: TimeTarget, channelId: string | null): void;
  stepTime(id: string, direction: 'earlier' | 'later', together: boolean): void;
  stepLane(id: string, direction: 'up' | 'down'): void;
  connect(fromId: string, toId: string): void;
  edit(action: ActionKey, edits: readonly FieldEdit[]): void;
  /** Archive (delete) a touchpoint: asks first when backstage steps serve only it. */
  archive(id: string): void;
  archiveWith(id: string, fate: BackstageFate): void;
  restore(tp: Touchpoint): void;
  setCarriesContext(transitionId: string, carries: boolean): void;
  removeTransition(transitionId: string): void;
  openLane(kind: 'channel' | 'department', id: string): void;
  closeLane(kind: 'channel' | 'department', id: string): void;
  createBackstage(spec: {
    title: string;
    departmentId: string | null;
    touchpointId: string | null;
    time?: TimeTarget;
    before?: readonly FieldEdit[];
  }): void;
  /** `departmentId`: undefined keeps the department, null takes it away. */
  moveBackstage(id: string, time: TimeTarget | null, departmentId?: string | null): void;
  link(backstageId: string, touchpointId: string): void;
  unlink(backstageId: string, touchpointId: string): void;
  connectBackstage(fromId: string, toId: string): void;
  setHandoffContext(handoffId: string, carries: boolean): void;
  removeHandoff(handoffId: string): void;
  archiveBackstage(id: string, archived: boolean): void;
}

const salt = () => saltOf(Math.random);

/**
 * Every change the map makes, checked first and explained when refused. The
 * callbacks never change identity (they read the latest data through a ref),
 * so passing them to hundreds of memoised cards costs nothing.
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
    const tr = () => latest.current.t;
    const refuse = () => say('refused', tr()('review.viewer.refused'));
    if (readOnly) {
      const actions = {} as Record<keyof MapActions, unknown>;
      for (const key of [
        'create',
        'move',
        'stepTime',
        'stepLane',
        'edit',
        'archive',
        'archiveWith',
        'restore',
        'setCarriesContext',
        'removeTransition',
        'openLane',
        'closeLane',
        'createBackstage',
        'moveBackstage',
        'link',
        'unlink',
        'setHandoffContext',
        'removeHandoff',
        'archiveBackstage',
      ] as const)
        actions[key] = refuse;
      const stopConnect = () => {
        ui.getState().startConnect(null);
        refuse();
      };
      return {
        ...(actions as unknown as MapActions),
        readOnly: true,
        connect: stopConnect,
        connectBackstage: stopConnect,
      };
    }
    const d = () => latest.current.data;
    const view = () => d()?.view;
    // A channel without a lane may take a card when it is active: its lane opens with the card.
    const canOpenLane = (channelId: string) =>
      !!d()?.channels.some((c) => c.id === channelId && !c.archived && !c.tombstone);
    const titleOf = (id: string) => view()?.touchpoints.get(id)?.title || tr()('map.card.untitled');
    const backTitle = (id: string) => d()?.slice.backstage.byId.get(id)?.title || tr()('map.backstage.untitled');
    const refusedTime = (problem: string) => say('refused', tr()(`map.refused.${problem}` as 'map.refused.edge'));
    const apply = (action: ActionKey, edits: readonly FieldEdit[]) => {
      if (edits.length > 0) void commands.apply(action, edits);
    };

    const move = (id: string, time: TimeTarget, channelId: string | null) => {
      const v = view();
      if (!v) return;
      const problem = checkLane(v, id, channelId, canOpenLane);
      if (problem || channelId === null) return refusedTime(problem ?? 'noChannel');
      const edits = moveEdits(v, id, time, channelId, salt());
      if (typeof edits === 'string') return refusedTime(edits);
      if (edits.length === 0) return;
      apply('moveTouchpoint', edits);
      const stageId =
        (edits.find((e) => e.row === id && e.column === 'stage_id')?.value as string | undefined) ??
        v.touchpoints.get(id)?.stage_id;
      const stage = v.stages.find((s) => s.id === stageId)?.name ?? '';
      const channel = d()?.channels.find((c) => c.id === channelId)?.name ?? '';
      say('done', tr()('map.done.moved', { title: titleOf(id), stage, channel }));
    };

    const moveBackstage = (id: string, time: TimeTarget | null, departmentId?: string | null) => {
      const v = view();
      const b = v?.slice.backstage.byId.get(id);
      if (!v || !b) return;
      const edits: FieldEdit[] = [];
      if (time) {
        if (v.slice.backstage.serves.has(id)) return say('refused', tr()('map.refused.backstageLinked'));
        const place = placeInTime(v.slice, time, salt(), [id]);
        if (isTimeProblem(place)) return refusedTime(place);
        edits.push(...place.edits);
        if (place.stageId !== b.stage_id) edits.push(fieldEdit('backstage_steps', id, 'stage_id', place.stageId));
        if (place.stepKey !== b.step_key) edits.push(fieldEdit('backstage_steps', id, 'step_key', place.stepKey));
      }
      if (departmentId !== undefined && departmentId !== b.department_id)
        edits.push(fieldEdit('backstage_steps', id, 'department_id', departmentId));
      if (edits.length === 0) return;
      apply('moveBackstageStep', edits);
      say('done', tr()('map.done.backstageMoved', { title: backTitle(id) }));
    };

    const archiveWith = (id: string, fate: BackstageFate) => {
      const v = view();
      if (!v) return;
      const title = titleOf(id);
      const edits = archiveTouchpointEdits(v.slice, id, fate, salt());
      // A notice that offers Undo and goes once the archive is undone.
      if (edits.length > 0)
        void commands.apply('archiveTouchpoint', edits, { notice: tr()('map.done.archived', { title }) });
      const s = ui.getState();
      if (s.selection?.id === id) s.select(null);
    };

    return {
      readOnly: false,
      create(spec) {
        const v = view();
        if (!v) return;
        const problem = checkLane(v, null, spec.channel.id, (id) => canOpenLane(id) || !!spec.before?.length);
        if (problem) return refusedTime(problem);
        const id = newId();
        const name = spec.title?.trim() || tr()('map.add.defaultTitle');
        const edits = createTouchpointEdits(
          v,
          { title: name, channel: spec.channel, time: spec.time, ownerDepartmentId: spec.ownerDepartmentId },
          id,
          salt(),
        );
        if (typeof edits === 'string') return refusedTime(edits);
        apply('addTouchpoint', [...(spec.before ?? []), ...edits]);
        ui.getState().select({ kind: 'touchpoint', id });
        ui.getState().requestTitleFocus(id);
        say('done', tr()('map.done.created', { title: name }));
      },
      move,
      stepTime(id, direction, together) {
        const v = view();
        if (!v) return;
        const target = timeStepTarget(v.slice, id, direction, together);
        if (!target) return say('refused', tr()('map.refused.edge'));
        const tp = v.touchpoints.get(id);
        if (tp) return move(id, target, tp.channel_id!);
        // A backstage step moves in time only while it serves no touchpoint (otherwise it stands with that one).
        moveBackstage(id, target);
      },
      stepLane(id, direction) {
        const v = view();
        if (!v) return;
        if (v.touchpoints.has(id)) {
          const channelId = laneStep(v, id, direction);
          if (!channelId) return say('refused', tr()('map.refused.edge'));
          const step = v.slice.stepOf.get(id)!;
          return move(id, { kind: 'step', stepId: step.id }, channelId);
        }
        const p = v.backPlacement.get(id);
        if (!p) return;
        const next = v.backLanes[p.laneIndex + (direction === 'up' ? -1 : 1)];
        if (!next) return say('refused', tr()('map.refused.edge'));
        moveBackstage(id, null, next.departmentId || null);
      },
      connect(fromId, toId) {
        const v = view();
        ui.getState().startConnect(null);
        if (!v) return;
        const problem = checkTransition(v, fromId, toId);
        if (problem) return say('refused', tr()(`map.refused.${problem}`));
        const id = newId();
        apply('addTransition', createTransitionEdits(v.journeyId, fromId, toId, id));
        ui.getState().select({ kind: 'transition', id });
        say('done', tr()('map.done.connected', { from: titleOf(fromId), to: titleOf(toId) }));
      },
      edit: apply,
      archive(id) {
        const v = view();
        if (!v) return;
        if (onlyServing(v.slice, id).length > 0) return ui.getState().openDialog({ kind: 'archive', id });
        archiveWith(id, 'keep');
      },
      archiveWith,
      restore(tp) {
        const v = view();
        const firstStage = v?.stages[0];
        if (!v || !firstStage) return say('refused', tr()('map.refused.unknownStage'));
        // Its own channel when that still exists; otherwise the first open lane.
        const channelId = canOpenLane(tp.channel_id ?? '')
          ? tp.channel_id!
          : (v.lanes.find((l) => !l.closed)?.channelId ?? null);
        if (!channelId) return say('refused', tr()('map.refused.noChannel'));
        const stageOk = tp.stage_id !== null && v.stages.some((s) => s.id === tp.stage_id);
        const stageId = stageOk ? tp.stage_id! : firstStage.id;
        const edits: FieldEdit[] = [];
        if (tp.archived) edits.push(fieldEdit('touchpoints', tp.id, 'archived', false));
        if (stageId !== tp.stage_id) edits.push(fieldEdit('touchpoints', tp.id, 'stage_id', stageId));
        if (channelId !== tp.channel_id) edits.push(fieldEdit('touchpoints', tp.id, 'channel_id', channelId));
        if (!stageOk) {
          const stepCount = v.slice.stepsByStage[v.stages.indexOf(firstStage)]!.length;
          const place = placeInTime(v.slice, { kind: 'gap', stageId, gap: stepCount }, salt(), [tp.id]);
          if (!isTimeProblem(place)) edits.push(fieldEdit('touchpoints', tp.id, 'step_key', place.stepKey));
        }
        apply('restoreTouchpoint', edits);
      },
      setCarriesContext(transitionId, carries) {
        apply('changeTransition', [fieldEdit('transitions', transitionId, 'carries_context', carries)]);
      },
      removeTransition(transitionId) {
        apply('removeTransition', [{ table: 'transitions', row: transitionId, column: 'tombstone', value: true }]);
        const s = ui.getState();
        if (s.selection?.kind === 'transition' && s.selection.id === transitionId) s.select(null);
      },
      openLane(kind, id) {
        const journey = d()?.slice.journey;
        if (journey) apply(kind === 'channel' ? 'openLane' : 'openBackstageLane', laneEdits(journey, kind, id, true));
      },
      closeLane(kind, id) {
        const journey = d()?.slice.journey;
        if (journey)
          apply(kind === 'channel' ? 'closeLane' : 'closeBackstageLane', laneEdits(journey, kind, id, false));
      },
      createBackstage(spec) {
        const v = view();
        if (!v) return;
        const id = newId();
        const title = spec.title.trim() || tr()('map.backstage.defaultTitle');
        const edits = createBackstageStepEdits(
          v.slice,
          {
            id,
            title,
            departmentId: spec.departmentId,
            serves: spec.touchpointId ? { touchpointId: spec.touchpointId, linkId: newId() } : undefined,
            place: spec.time,
          },
          salt(),
        );
        if (typeof edits === 'string') return refusedTime(edits);
        apply('addBackstageStep', [...(spec.before ?? []), ...edits]);
        ui.getState().select({ kind: 'backstage', id });
        say('done', tr()('map.done.backstageCreated', { title }));
      },
      moveBackstage,
      link(backstageId, touchpointId) {
        const v = view();
        if (!v) return;
        const edits = linkEdits(v.slice, backstageId, touchpointId, newId());
        if (typeof edits === 'string') return say('refused', tr()(`map.refused.link_${edits}`));
        apply('linkBackstage', edits);
      },
      unlink(backstageId, touchpointId) {
        const v = view();
        if (v) apply('unlinkBackstage', unlinkEdits(v.slice, backstageId, touchpointId, salt()));
      },
      connectBackstage(fromId, toId) {
        const v = view();
        ui.getState().startConnect(null);
        if (!v) return;
        const id = newId();
        const edits = createBackstageHandoffEdits(v.slice, fromId, toId, id);
        if (typeof edits === 'string') return say('refused', tr()(`map.refused.handoff_${edits}`));
        apply('addBackstageHandoff', edits);
        ui.getState().select({ kind: 'handoff', id });
        say('done', tr()('map.done.connected', { from: backTitle(fromId), to: backTitle(toId) }));
      },
      setHandoffContext(handoffId, carries) {
        apply('changeBackstageHandoff', [fieldEdit('backstage_handoffs', handoffId, 'carries_context', carries)]);
      },
      removeHandoff(handoffId) {
        apply('removeBackstageHandoff', [
          { table: 'backstage_handoffs', row: handoffId, column: 'tombstone', value: true },
        ]);
        const s = ui.getState();
        if (s.selection?.kind === 'handoff' && s.selection.id === handoffId) s.select(null);
      },
      archiveBackstage(id, archived) {
        apply(archived ? 'archiveBackstageStep' : 'restoreBackstageStep', [
          fieldEdit('backstage_steps', id, 'archived', archived),
        ]);
        const s = ui.getState();
        if (archived && s.selection?.id === id) s.select(null);
      },
    };
  }, [commands, ui, readOnly]);
}

/** Rows the panels and dialogs hand to actions. */
export type { BackstageStep, Touchpoint };
