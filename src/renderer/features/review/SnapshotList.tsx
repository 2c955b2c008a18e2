import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSnapshot } from '../../../shared/review/diff';
import type { Journey } from '../../../shared/schema/tables';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from './ApprovalBar';
import { DiffList } from './DiffList';
import { SnapshotView } from './SnapshotView';
import { currentContent, useSnapshotsByJourney, useWorkspaceRows, type JourneySnapshot } from './useSnapshots';

/** The journey's snapshots, newest first, each to open read-only or to compare with the journey as it is now. */
export function SnapshotList({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const snapshots = useSnapshotsByJourney()?.get(journey.id) ?? [];
  const rows = useWorkspaceRows();
  const [shown, setShown] = useState<{ snapshot: JourneySnapshot; mode: 'view' | 'compare' } | null>(null);
  const when = (s: JourneySnapshot) => (s.row.taken_at ? formatDateTime(s.row.taken_at, i18n.language) : '—');

  let body = null;
  if (shown) {
    const { parsed } = shown.snapshot;
    if (!parsed.ok)
      body = (
        <p className="form-problem" role="alert">
          {t('review.snapshots.unreadable', { error: parsed.error })}
        </p>
      );
    else if (shown.mode === 'view') body = <SnapshotView content={parsed.content} />;
    else
      body = rows ? (
        <DiffList entries={diffSnapshot(parsed.content, currentContent(journey, rows))} />
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      );
  }

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
      <Dialog
        open={shown !== null}
        onClose={() => setShown(null)}
        title={
          shown
            ? t(shown.mode === 'view' ? 'review.snapshots.viewTitle' : 'review.snapshots.compareTitle', {
                date: when(shown.snapshot),
              })
            : ''
        }
      >
        <div className="snapshot-dialog">
          {body}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setShown(null)}>
              {t('review.snapshots.close')}
            </button>
          </div>
        </div>
      </Dialog>
    </section>
  );
}
