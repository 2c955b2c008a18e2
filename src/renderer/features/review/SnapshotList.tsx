import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../shared/schema/tables';
import { formatDateTime } from './date-time';
import { SnapshotDialog, type ShownSnapshot } from './SnapshotDialog';
import { useSnapshotsByJourney, type JourneySnapshot } from './useSnapshots';

/** The journey's snapshots, newest first, each to open read-only or to compare with the journey as it is now. */
export function SnapshotList({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const snapshots = useSnapshotsByJourney()?.get(journey.id) ?? [];
  const [shown, setShown] = useState<ShownSnapshot | null>(null);
  const when = (s: JourneySnapshot) => (s.row.taken_at ? formatDateTime(s.row.taken_at, i18n.language) : '—');

  return (
    <section className="snapshot-list" aria-labelledby={`snapshots-${journey.id}`}>
      <h3 id={`snapshots-${journey.id}`}>{t('review.snapshots.title')}</h3>
      {snapshots.length === 0 ? (
        <p className="muted">{t('review.snapshots.none')}</p>
      ) : (
        <ul>
          {snapshots.map((s) => (
            <li key={s.row.id} className="snapshot-item">
              <span>
                {t('review.snapshots.taken', { name: s.row.taken_by || t('review.comments.anonymous'), date: when(s) })}
              </span>
              <span className="snapshot-actions">
                <button type="button" className="button small" onClick={() => setShown({ snapshot: s, mode: 'view' })}>
                  {t('review.snapshots.open')}
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => setShown({ snapshot: s, mode: 'compare' })}
                >
                  {t('review.snapshots.compare')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <SnapshotDialog journey={journey} shown={shown} onClose={() => setShown(null)} />
    </section>
  );
}
