import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../shared/schema/tables';
import { CommentThreads } from './CommentThreads';
import { SnapshotList } from './SnapshotList';

/** On the journey page: the journey-level comment threads and the snapshots frozen at each approval. */
export function JourneyReviewPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  return (
    <section className="card journey-review" aria-label={t('review.title')}>
      <CommentThreads target="journeys" targetId={journey.id} title={t('review.comments.journeyTitle')} />
      <SnapshotList journey={journey} />
    </section>
  );
}
