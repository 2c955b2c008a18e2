import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../lib/action-label';
import { journeyOf, parseHash } from '../stores/place';
import type { Notice } from '../stores/toast-store';
import { icons } from '../ui/icons';
import { useRows, useServices, useSession, useToasts } from './ServicesContext';

const SHOWN_MS: Record<Notice['kind'], number | null> = { done: 10_000, undone: 6_000, redone: 6_000, unsaved: null };

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const journeys = useRows('journeys');
  if (notice.kind === 'done') return <>{notice.text}</>;
  if (notice.kind === 'unsaved') return <>{t('save.unsavedClose')}</>;
  const place = notice.place ? parseHash(notice.place) : null;
  const journeyId = place ? journeyOf(place.place) : null;
  const journey = journeyId ? journeys?.find((j) => j.id === journeyId)?.name : undefined;
  const what = t(notice.kind === 'undone' ? 'notices.undone' : 'notices.redone', {
    action: actionLabel(t, notice.label),
  });
  return <>{journey ? `${what} ${t('notices.inJourney', { journey })}` : what}</>;
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const { toasts, commands, api } = useServices();
  const undoStep = useSession((s) => s.history.undo?.id ?? null);
  useEffect(() => {
    const ms = SHOWN_MS[notice.kind];
    if (ms === null) return;
    const timer = window.setTimeout(() => toasts.getState().dismissNotice(notice.id), ms);
    return () => window.clearTimeout(timer);
  }, [toasts, notice.id, notice.kind]);

  return (
    <div className={`notice-toast is-${notice.kind}`}>
      <p className="notice-text">
        <NoticeText notice={notice} />
      </p>
      {notice.kind === 'done' && undoStep === notice.step ? (
        <button type="button" className="button small ghost" onClick={() => void commands.undo()}>
          {icons.undo}
          <span>{t('notices.undoThis')}</span>
        </button>
      ) : null}
      {notice.kind === 'unsaved' ? (
        <button
          type="button"
          className="button small"
          onClick={() => void api['app.closeReady']({ proceed: true }).catch((err) => toasts.getState().report(err))}
        >
          {t('save.closeAnyway')}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label={t('errors.dismiss')}
        onClick={() => toasts.getState().dismissNotice(notice.id)}
      >
        {icons.remove}
      </button>
    </div>
  );
}

/** What actions and undo did, in a polite status region beside the error alerts. */
export function Notices() {
  const { t } = useTranslation();
  const list = useToasts((s) => s.notices);
  return (
    <div className="notices" role="status" aria-label={t('notices.region')}>
      {list.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
