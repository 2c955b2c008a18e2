import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { sameNamed } from '../../../shared/names';
import { useRows } from '../../app/ServicesContext';
import type { NameCheck } from '../../ui/name-check';

/**
 * The catalogue refuses a second department or channel of the same name (case
 * and spaces aside): pickers and the coverage views would show two alike lines
 * and nobody could tell which is meant. An archived one counts too — restoring
 * it would bring the pair back.
 */
export function useCatalogueNameCheck(table: 'departments' | 'channels', selfId: string | null = null): NameCheck {
  const { t } = useTranslation();
  const rows = useRows(table);
  return useCallback(
    (name: string) => {
      const other = sameNamed(
        name,
        (rows ?? []).filter((r) => !r.tombstone),
        selfId,
      );
      if (!other) return null;
      return {
        refuse: true,
        text: t(other.archived ? `${table}.nameTakenArchived` : `${table}.nameTaken`, { name: other.name }),
      };
    },
    [rows, selfId, t, table],
  );
}
