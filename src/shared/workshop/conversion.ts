import type { FieldEdit } from '../changes';
import { rowEdits, fieldEdit } from '../edits';
import { byOrder, compareOrdered, keysBetween } from '../ordering';
import type { Channel, Department, Stage, Touchpoint, WorkshopNote } from '../schema/tables';

/**
 * Turning workshop notes into touchpoints on the map. Each open note becomes
 * one touchpoint in its stage and chosen channel, placed after the cards that
 * cell already holds, and the note remembers the touchpoint it became, so it
 * is never converted twice. A note whose channel is unknown stays a note.
 */

/** The touchpoint title's column limit (touchpoints.title is col.text() = 200). */
export const TOUCHPOINT_TITLE_MAX = 200;

export interface ConversionChoices {
  /** The channel for notes that name none; null when not chosen yet. */
  defaultChannelId: string | null;
  /** Per note: a channel chosen in the conversion step (overrides the note's own). */
  channels: Readonly<Record<string, string | null | undefined>>;
  /** Per note: the owner department, when chosen. */
  owners: Readonly<Record<string, string | null | undefined>>;
}

export interface ConversionInput {
  journeyId: string;
  notes: readonly WorkshopNote[];
  choices: ConversionChoices;
  touchpoints: readonly Touchpoint[];
  stages: readonly Stage[];
  channels: readonly Channel[];
  departments: readonly Department[];
  newId: () => string;
}

export type SkipReason = 'converted' | 'noChannel' | 'emptyText' | 'unknownStage';

export interface ConversionPlan {
  edits: FieldEdit[];
  /** noteId → the new touchpoint's id. */
  created: Map<string, string>;
  skipped: { noteId: string; reason: SkipReason }[];
}

export function capTitle(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= TOUCHPOINT_TITLE_MAX) return trimmed;
  // Cut at a word when one ends near the limit, and say that it was cut.
  const room = trimmed.slice(0, TOUCHPOINT_TITLE_MAX - 1);
  const space = room.lastIndexOf(' ');
  return `${space > TOUCHPOINT_TITLE_MAX * 0.7 ? room.slice(0, space) : room}…`;
}

/** The open notes of a journey (live, not yet converted) in board order: by stage, then within a stage. */
export function openNotes(notes: readonly WorkshopNote[], journeyId: string): WorkshopNote[] {
  return byOrder(notes.filter((n) => n.journey_id === journeyId && !n.tombstone && n.touchpoint_id === null));
}

/** The channel a note would get: the choice made in the step, else its shorthand channel, else the default; only active channels count. */
export function channelFor(
  note: WorkshopNote,
  choices: ConversionChoices,
  channels: readonly Channel[],
): string | null {
  const usable = (id: string | null | undefined): id is string =>
    !!id && channels.some((c) => c.id === id && !c.archived && !c.tombstone);
  const chosen = choices.channels[note.id];
  if (usable(chosen)) return chosen;
  if (usable(note.channel_id)) return note.channel_id;
  return usable(choices.defaultChannelId) ? choices.defaultChannelId : null;
}

export function planConversion(input: ConversionInput): ConversionPlan {
  const { journeyId, choices, channels } = input;
  const stageIds = new Set(input.stages.filter((s) => s.journey_id === journeyId && !s.tombstone).map((s) => s.id));
  const departmentIds = new Set(input.departments.filter((d) => !d.tombstone).map((d) => d.id));
  const skipped: ConversionPlan['skipped'] = [];
  // Notes per target cell, in board order, so a cell's new cards keep the order of the stickies.
  const cells = new Map<string, { stageId: string; channelId: string; notes: WorkshopNote[] }>();
  for (const note of byOrder(input.notes.filter((n) => n.journey_id === journeyId && !n.tombstone))) {
    const channelId = channelFor(note, choices, channels);
    const reason: SkipReason | null =
      note.touchpoint_id !== null
        ? 'converted'
        : note.stage_id === null || !stageIds.has(note.stage_id)
          ? 'unknownStage'
          : note.text.trim() === ''
            ? 'emptyText'
            : channelId === null
              ? 'noChannel'
              : null;
    if (reason) {
      skipped.push({ noteId: note.id, reason });
      continue;
    }
    const key = `${note.stage_id}\u0000${channelId}`;
    const cell = cells.get(key) ?? { stageId: note.stage_id!, channelId: channelId!, notes: [] };
    cell.notes.push(note);
    cells.set(key, cell);
  }

  const edits: FieldEdit[] = [];
  const created = new Map<string, string>();
  for (const cell of cells.values()) {
    const existing = input.touchpoints
      .filter(
        (t) =>
          !t.tombstone && t.journey_id === journeyId && t.stage_id === cell.stageId && t.channel_id === cell.channelId,
      )
      .sort(compareOrdered);
    const last = existing.at(-1)?.sort_key || null;
    const keys = keysBetween(last, null, cell.notes.length);
    cell.notes.forEach((note, i) => {
      const id = input.newId();
      const owner = choices.owners[note.id];
      edits.push(
        ...rowEdits('touchpoints', id, {
          journey_id: journeyId,
          stage_id: cell.stageId,
          channel_id: cell.channelId,
          title: capTitle(note.text),
          sort_key: keys[i]!,
          ...(owner && departmentIds.has(owner) ? { owner_department_id: owner } : {}),
        }),
      );
      edits.push(fieldEdit('workshop_notes', note.id, 'touchpoint_id', id));
      // The note keeps the channel it went to, so the board shows where it landed.
      if (note.channel_id !== cell.channelId)
        edits.push(fieldEdit('workshop_notes', note.id, 'channel_id', cell.channelId));
      created.set(note.id, id);
    });
  }
  return { edits, created, skipped };
}
