import { useTranslation } from 'react-i18next';
import { createFormatter, formatLanguage } from '../../../shared/format';
import { newId } from '../../../shared/ids';
import type { Journey } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import { approvalEdits, approveEdits, type ApprovalState } from './approval-edits';
import { useAuthor } from './useAuthor';
import { currentContent, useWorkspaceRows } from './useSnapshots';
import './review.css';

export function formatDateTime(iso: string, language: string): string {
  return createFormatter(formatLanguage(language)).dateTime(iso);
}

export function ApprovalBadge({ state }: { state: ApprovalState }) {
  const { t } = useTranslation();
  return <span className={`approval-badge ${state}`}>{t(`review.state.${state}`)}</span>;
}

/**
 * The journey's approval state, who set it and when, and the steps from here:
 * send for review, request changes, approve (which freezes a snapshot), back to draft.
 */
export function ApprovalBar({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const { commands } = useServices();
  const author = useAuthor();
  const rows = useWorkspaceRows();
  const state = journey.approval;

  const set = (next: ApprovalState) =>
    author.signed((name) => {
      const at = new Date().toISOString();
      if (next === 'approved') {
        if (!rows) return;
        void commands.apply(
          'approveJourney',
          approveEdits(journey.id, name, at, currentContent(journey, rows), newId()),
        );
      } else {
        void commands.apply('setApproval', approvalEdits(journey.id, next, name, at));
      }
    });

  return (
    <div className="approval-bar" role="group" aria-label={t('review.approval.label')}>
      <span className="approval-label">{t('review.approval.label')}:</span>
      <ApprovalBadge state={state} />
      {journey.approval_by && journey.approval_at ? (
        <span className="muted">
          {t('review.approval.by', {
            name: journey.approval_by,
            date: formatDateTime(journey.approval_at, i18n.language),
          })}
        </span>
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
        {state !== 'approved' ? (
          <button
            type="button"
            className="button small primary"
            disabled={!rows}
            title={t('review.approval.approveNote')}
            onClick={() => set('approved')}
          >
            {icons.check}
            <span>{t('review.approval.approve')}</span>
          </button>
        ) : null}
        {state !== 'draft' ? (
          <button type="button" className="button small ghost" onClick={() => set('draft')}>
            {t('review.approval.toDraft')}
          </button>
        ) : null}
      </span>
      {author.dialog}
    </div>
  );
}
