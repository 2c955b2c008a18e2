import { useMemo } from 'react';
import type { Channel, Journey, Persona } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';
import { useCoverageData } from '../coverage/useCoverageData';
import { viewOf, type ScopeView } from '../coverage/scope';
import type { DepartmentLook } from '../journey-map/useMapData';
import { buildDeck, type Deck } from './deck';

export interface PresentationData {
  journey: Journey;
  persona: Persona | null;
  deck: Deck;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
  /** The coverage verdict of this journey; null when the analysis leaves it out (archived). */
  verdict: ScopeView | null;
}

/**
 * The journey's slides and everything they name, from the live rows: an edit
 * made elsewhere (another window, a synced colleague) shows on the next render.
 * Undefined while loading, null when the journey does not exist.
 */
export function usePresentationData(journeyId: string): PresentationData | null | undefined {
  const coverage = useCoverageData();
  const departments = useRows('departments');
  const journeyRow = coverage?.data.journeys.find((j) => j.id === journeyId && !j.tombstone);
  const deck = useMemo(() => {
    if (!coverage || !journeyRow) return undefined;
    const { data } = coverage;
    return buildDeck({
      journey: journeyRow,
      stages: data.stages,
      touchpoints: data.touchpoints,
      channels: data.channels,
      messages: data.messages ?? [],
      facts: data.facts ?? [],
    });
  }, [coverage, journeyRow]);
  const channels = useMemo(() => new Map((coverage?.data.channels ?? []).map((c) => [c.id, c])), [coverage]);
  const departmentLook = useMemo(
    () =>
      new Map(
        (departments ?? [])
          .filter((d) => !d.tombstone)
          .map((d) => [d.id, { name: d.name, color: d.color, archived: d.archived }]),
      ),
    [departments],
  );
  const verdict = useMemo(
    () => (coverage ? viewOf(coverage.analysis, { kind: 'journey', journeyId }) : null),
    [coverage, journeyId],
  );
  if (!coverage || !departments) return undefined;
  if (!journeyRow || !deck) return null;
  const persona = journeyRow.persona_id
    ? (coverage.data.personas.find((p) => p.id === journeyRow.persona_id && !p.tombstone) ?? null)
    : null;
  return { journey: journeyRow, persona, deck, channels, departments: departmentLook, verdict };
}
