import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_INTERVAL_DAYS, type Journey } from '../../../shared/schema/tables';
import { fieldEdit } from '../../../shared/edits';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import { useFormat } from '../../i18n/useFormat';
import { reviewStatus } from './review-status';

/** The review interval of the current workspace (the schema's default until the row has loaded). */
export function useReviewInterval(): number {
  const workspaceId = useSession((s) => s.workspaceId);
  const workspaces = useRows('workspaces');
  return workspaces?.find((w) => w.id === workspaceId)?.review_interval_days ?? DEFAULT_REVIEW_INTERVAL_DAYS;
}

/** Owner and review date under the journey's title, with the one action that keeps a map from going stale. */
export function ReviewBar({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { commands } = useServices();
  const interval = useReviewInterval();
  const status = reviewStatus(journey.last_reviewed_at, interval, Date.now());
  const when = !journey.last_reviewed_at
    ? t('journeyMeta.review.never')
    : status.days === 0
      ? t('journeyMeta.review.today')
      : t('journeyMeta.review.on', {
          date: format.date(journey.last_reviewed_at),
          ago: format.relative(journey.last_reviewed_at, Date.now()),
        });
  const mark = () =>
    void commands.apply('markJourneyReviewed', [
      fieldEdit('journeys', journey.id, 'last_reviewed_at', new Date().toISOString()),
    ]);

  return (
    <div className={`review-bar${status.state === 'overdue' ? ' overdue' : ''}`}>
      <span>
        {journey.owner ? t('journeyMeta.review.owner', { owner: journey.owner }) : t('journeyMeta.review.noOwner')}
      </span>
      <span aria-hidden="true" className="review-sep">
        ·
      </span>
      <span>
        {t('journeyMeta.review.label')}: <strong>{when}</strong>
      </span>
      {status.state === 'overdue' ? (
        <span className="review-overdue">
          {icons.warning}
          <span>{t('journeyMeta.review.overdue', { count: interval })}</span>
        </span>
      ) : null}
      <button type="button" className="button small" onClick={mark}>
        {icons.check}
        <span>{t('journeyMeta.review.mark')}</span>
      </button>
    </div>
  );
}
