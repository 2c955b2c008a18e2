import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../shared/schema/tables';
import type { ApprovalState as State } from '../../../shared/review/approval-edits';
import { SnapshotDialog } from './SnapshotDialog';
import type { ApprovalView } from './useApprovalView';
import type { JourneySnapshot } from './useSnapshots';

export function ApprovalBadge({ state, changedSince = false }: { state: State; changedSince?: boolean }) {
  const { t } = useTranslation();
  if (state === 'approved' && changedSince)
    return <span className="approval-badge approved changed">{t('review.state.approvedChanged')}</span>;
  return <span className={`approval-badge ${state}`}>{t(`review.state.${state}`)}</span>;
}

/**
 * The approval state as a badge; when the journey was approved and has changed
 * since, "Approved — changed since" and a link to the comparison. `onShowChanges`
 * replaces the comparison dialog (the title slide leaves the presentation for it).
 */
export function ApprovalState({
  journey,
  view,
  onShowChanges,
  compareRequested = false,
  onCompareOpened,
}: {
  journey: Journey;
  view: ApprovalView;
  onShowChanges?: () => void;
  /** A "changed since" link elsewhere asked for the comparison: open it once. */
  compareRequested?: boolean;
  onCompareOpened?: () => void;
}) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState<JourneySnapshot | null>(null);
  const changed = view.changedSince === true;
  const { latest } = view;
  useEffect(() => {
    if (!compareRequested || !latest) return;
    setComparing(latest);
    onCompareOpened?.();
  }, [compareRequested, latest, onCompareOpened]);
  return (
    <span className="approval-state">
      <ApprovalBadge state={view.state} changedSince={changed} />
      {changed && view.latest ? (
        <button
          type="button"
          className="link-button"
          onClick={() => (onShowChanges ? onShowChanges() : setComparing(view.latest!))}
        >
          {t('review.approval.showChanges')}
        </button>
      ) : null}
      {onShowChanges ? null : (
        <SnapshotDialog
          journey={journey}
          shown={comparing ? { snapshot: comparing, mode: 'compare' } : null}
          onClose={() => setComparing(null)}
        />
      )}
    </span>
  );
}
