import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctLabels, sameNamed } from '../../shared/names';
import { useRows } from './ServicesContext';
import type { NameCheck } from '../ui/name-check';

/**
 * A label per journey that no other journey shares: two journeys of the same
 * name (allowed, with a warning when named) read "Name — Persona", or "Name (2)".
 */
export function useJourneyLabels(): ReadonlyMap<string, string> {
  const { t } = useTranslation();
  const journeys = useRows('journeys');
  const personas = useRows('personas');
  return useMemo(() => {
    const personaName = new Map((personas ?? []).map((p) => [p.id, p.name]));
    return distinctLabels(
      (journeys ?? []).filter((j) => !j.tombstone),
      (j) => j.name || t('journeys.unnamed'),
      (j) => (j.persona_id ? (personaName.get(j.persona_id) ?? null) : null),
    );
  }, [journeys, personas, t]);
}

/** The label of one journey among all of the workspace's. */
export function journeyLabel(
  labels: ReadonlyMap<string, string>,
  journey: { id: string; name: string },
  unnamed: string,
) {
  return labels.get(journey.id) ?? (journey.name || unnamed);
}

/**
 * A journey may share its name with another (a template used twice, a regional
 * copy), but the user should know: the field warns and saves all the same.
 */
export function useJourneyNameCheck(selfId: string | null = null): NameCheck {
  const { t } = useTranslation();
  const journeys = useRows('journeys');
  return useCallback(
    (name: string) => {
      const other = sameNamed(
        name,
        (journeys ?? []).filter((j) => !j.tombstone),
        selfId,
      );
      return other ? { refuse: false, text: t('journeyForm.nameExists', { name: other.name }) } : null;
    },
    [journeys, selfId, t],
  );
}

/** Two stages of one name in a journey: allowed, said, and told apart in lists by number. */
export function stageNameCheck(
  t: TFunction,
  stages: readonly { id: string; name: string }[],
  selfId: string | null = null,
): NameCheck {
  return (name: string) => {
    const other = sameNamed(name, stages, selfId);
    return other ? { refuse: false, text: t('journeyForm.stageExists', { name: other.name }) } : null;
  };
}
