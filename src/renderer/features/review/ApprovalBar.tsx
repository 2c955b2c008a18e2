import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids';
import type { Journey } from '../../../shared/schema/tables';
import { useNav, useServices } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import {
  approvalEdits,
  approveEdits,
  requestChangesEdits,
  type ApprovalState as State,
} from '../../../shared/review/approval-edits';
import { ApprovalBadge, ApprovalState } from './ApprovalState';
import { formatDateTime } from './date-time';
import { RequestChangesDialog } from './RequestChangesDialog';
import { useApprovalView } from './useApprovalView';
import { useAuthor } from './useAuthor';
import { currentContent, useWorkspaceRows } from './useSnapshots';
import './review.css';

export { ApprovalBadge };

/**
 * The journey's approval state, who set it and when, and the steps from here:
 * send for review, request changes (with a reason), approve (which freezes a
 * snapshot), back to draft. An approved journey edited since says so, with a
 * link to what changed.
 */
export function ApprovalBar({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const { commands, nav } = useServices();
  const author = useAuthor();
  const rows = useWorkspaceRows();
  const view = useApprovalView(journey);
  const [asking, setAsking] = useState(false);
  const state = journey.approval;
  // "Show changes" on the title slide leads here and asks for the comparison once.
  const compareRequested = useNav(
    (s) => s.journeyView.kind === 'detail' && s.journeyView.journeyId === journey.id && s.journeyView.compare === true,
  );
  const compareOpened = useCallback(() => {
    const v = nav.getState().journeyView;
    if (v.kind === 'detail' && v.compare) nav.getState().showJourneys({ ...v, compare: false });
  }, [nav]);

  const set = (next: State) =>
    author.signed((name) => {
      const at = new Date().toISOString();
      if (next === 'approved') {
        if (!rows) return;
        void commands.apply(
          'approveJourney',
          approveEdits(journey.id, name, at, currentContent(journey, rows), newId()),
        );
      } else if (next === 'changes_requested') {
        setAsking(true);
      } else {
        void commands.apply('setApproval', approvalEdits(journey.id, next, name, at));
      }
    });
  const request = (reason: string) =>
    author.signed(
      (name) =>
        void commands.apply(
          'requestChanges',
          requestChangesEdits(journey.id, name, new Date().toISOString(), reason, newId()),
        ),
    );

  return (
    <div className="approval-bar" role="group" aria-label={t('review.approval.label')}>
      <span className="approval-label">{t('review.approval.label')}:</span>
      <ApprovalState
        journey={journey}
        view={view}
        compareRequested={compareRequested}
        onCompareOpened={compareOpened}
      />
      {journey.approval_by && journey.approval_at ? (
        <span className="muted">
          {t('review.approval.by', {
            name: journey.approval_by,
            date: formatDateTime(journey.approval_at, i18n.language),
          })}
        </span>
      ) : null}
      {state === 'changes_requested' && journey.approval_note ? (
        <q className="approval-note">{journey.approval_note}</q>
      ) : null}
      <span className="approval-actions">
        {state !== 'in_review' ? (
          <button type="button" className="button small" onClick={() => set('in_review')}>
            {t('review.approval.toReview')}
          </button>
        ) : null}
        {state === 'in_review' ? (
          <button type="button" className="button small" onClick={() => set('changes_requested')}>
            {t('review.approval.requestChanges')}
          </button>
        ) : null}
        {state !== 'approved' || view.changedSince === true ? (
          <button
            type="button"
            className="button small primary"
            disabled={!rows}
            title={t('review.approval.approveNote')}
            onClick={() => set('approved')}
          >
            {icons.check}
            <span>{state === 'approved' ? t('review.approval.approveAgain') : t('review.approval.approve')}</span>
          </button>
        ) : null}
        {state !== 'draft' ? (
          <button type="button" className="button small ghost" onClick={() => set('draft')}>
            {t('review.approval.toDraft')}
          </button>
        ) : null}
      </span>
      <RequestChangesDialog open={asking} onClose={() => setAsking(false)} onRequest={request} />
      {author.dialog}
    </div>
  );
}
