import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openCount, targetKey } from '../../../shared/review/threads';
import type { Stage } from '../../../shared/schema/tables';
import { Dialog } from '../../ui/Dialog';
import { icons } from '../../ui/icons';
import { CommentThreads } from './CommentThreads';
import { useThreads } from './useThreads';

/** A stage's comment count as a button; it opens that stage's threads. */
export function StageComments({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const threads = useThreads().get(targetKey('stages', stage.id));
  const count = openCount(threads);
  const label = t('review.comments.stageButton', { name: stage.name });
  return (
    <>
      <button
        type="button"
        className={`icon-button comment-count${count > 0 ? ' has-open' : ''}`}
        aria-label={`${label}: ${t('review.comments.open', { count })}`}
        title={label}
        onClick={() => setOpen(true)}
      >
        {icons.messages}
        {count > 0 ? <span aria-hidden="true">{count}</span> : null}
      </button>
      <Dialog open={open} title={t('review.comments.stageTitle', { name: stage.name })} onClose={() => setOpen(false)}>
        <CommentThreads target="stages" targetId={stage.id} title={t('review.comments.title')} compact />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('review.comments.close')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
