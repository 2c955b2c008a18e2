import type { FieldEdit } from '../changes';
import { newId } from '../ids';
import { rowEdits } from '../edits';
import type { Journey, Persona, Stage, Touchpoint, Transition } from '../schema/tables';

export interface JourneyRows {
  journey: Journey;
  persona: Persona | undefined;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
}

/**
 * A full, independent copy of a journey in one batch (one undo step): its
 * persona (copied too, so editing the copy's persona leaves the original's
 * alone), stages, touchpoints with their places and order, and the
 * transitions between the copied touchpoints. The review date starts empty:
 * a copy has not been reviewed.
 */
export function duplicateJourneyEdits(
  rows: JourneyRows,
  name: string,
  makeId: () => string = newId,
): { id: string; edits: FieldEdit[] } {
  const { journey } = rows;
  const id = makeId();
  const edits: FieldEdit[] = [];
  let personaId: string | null = null;
  if (rows.persona && !rows.persona.tombstone) {
    personaId = makeId();
    const { name: pName, description, goals, preferred_channel_ids } = rows.persona;
    edits.push(
      ...rowEdits('personas', personaId, {
        name: pName,
        description,
        goals,
        preferred_channel_ids: [...preferred_channel_ids],
      }),
    );
  }
  edits.push(
    ...rowEdits('journeys', id, {
      name,
      description: journey.description,
      owner: journey.owner,
      persona_id: personaId,
      approval: 'draft',
    }),
  );

  const stageIds = new Map<string, string>();
  for (const s of rows.stages) {
    if (s.tombstone || s.journey_id !== journey.id) continue;
    const copy = makeId();
    stageIds.set(s.id, copy);
    edits.push(...rowEdits('stages', copy, { journey_id: id, name: s.name, sort_key: s.sort_key }));
  }

  const touchpointIds = new Map<string, string>();
  for (const tp of rows.touchpoints) {
    if (tp.tombstone || tp.journey_id !== journey.id) continue;
    const copy = makeId();
    touchpointIds.set(tp.id, copy);
    const { id: _id, tombstone: _t, journey_id: _j, stage_id, ...fields } = tp;
    edits.push(
      ...rowEdits('touchpoints', copy, {
        ...fields,
        supporting_department_ids: [...fields.supporting_department_ids],
        journey_id: id,
        stage_id: stage_id ? (stageIds.get(stage_id) ?? null) : null,
      }),
    );
  }

  for (const tr of rows.transitions) {
    if (tr.tombstone || tr.journey_id !== journey.id) continue;
    const from = tr.from_touchpoint_id ? touchpointIds.get(tr.from_touchpoint_id) : undefined;
    const to = tr.to_touchpoint_id ? touchpointIds.get(tr.to_touchpoint_id) : undefined;
    if (!from || !to) continue;
    edits.push(
      ...rowEdits('transitions', makeId(), {
        journey_id: id,
        from_touchpoint_id: from,
        to_touchpoint_id: to,
        carries_context: tr.carries_context,
        notes: tr.notes,
      }),
    );
  }
  return { id, edits };
}
