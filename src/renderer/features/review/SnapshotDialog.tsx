import { useTranslation } from 'react-i18next';
import { diffSnapshot } from '../../../shared/review/diff';
import type { Journey } from '../../../shared/schema/tables';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from './date-time';
import { DiffList } from './DiffList';
import { SnapshotView } from './SnapshotView';
import { currentContent, useWorkspaceRows, type JourneySnapshot } from './useSnapshots';

export interface ShownSnapshot {
  snapshot: JourneySnapshot;
  mode: 'view' | 'compare';
}

/** One snapshot read-only, or what changed since it was taken (the comparison every "changed since" links to). */
export function SnapshotDialog({
  journey,
  shown,
  onClose,
}: {
  journey: Journey;
  shown: ShownSnapshot | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = useWorkspaceRows();
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
    <Dialog
      open={shown !== null}
      onClose={onClose}
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
          <button type="button" className="button" onClick={onClose}>
            {t('review.snapshots.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
