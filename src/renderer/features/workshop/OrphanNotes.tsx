import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctLabels } from '../../../shared/names';
import type { Stage, WorkshopNote } from '../../../shared/schema/tables';

interface OrphanNotesProps {
  notes: readonly WorkshopNote[];
  stages: readonly Stage[];
  readOnly: boolean;
  moveTo(note: WorkshopNote, stageId: string): void;
}

/** Open notes whose stage was removed (here or by a colleague): shown apart with a way back onto the board, never silently hidden. */
export function OrphanNotes({ notes, stages, readOnly, moveTo }: OrphanNotesProps) {
  const { t } = useTranslation();
  const id = useId();
  if (notes.length === 0) return null;
  return (
    <section className="ws-orphans notice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workshop.orphans.title', { count: notes.length })}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <span className="ws-orphan-text">{note.text}</span>
            {readOnly ? null : (
              <select
                aria-label={t('workshop.orphans.moveTo', { text: note.text })}
                value=""
                onChange={(e) => e.target.value && moveTo(note, e.target.value)}
              >
                <option value="">{t('workshop.orphans.choose')}</option>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {distinctLabels(stages, (x) => x.name).get(s.id) ?? s.name}
                  </option>
                ))}
              </select>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
