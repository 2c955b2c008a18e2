import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldEdit } from '../../../shared/edits';
import type { Journey } from '../../../shared/schema/tables';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import { duplicateJourneyEdits } from '../../../shared/journey/duplicate-journey';
import { reviewStatus } from './review-status';
import { useReviewInterval } from './ReviewBar';
import { useFormat } from '../../i18n/useFormat';

/** When a journey was last reviewed, flagged when overdue or never reviewed. */
export function ReviewCell({ journey, interval, now }: { journey: Journey; interval: number; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = reviewStatus(journey.last_reviewed_at, interval, now);
  if (status.state === 'never') return <span className="stale-badge never">{t('journeyMeta.list.never')}</span>;
  return (
    <>
      <span>{format.date(journey.last_reviewed_at!)}</span>
      {status.state === 'overdue' ? (
        <span
          className="stale-badge overdue"
          title={t('journeyMeta.list.overdueTitle', { days: status.days, count: interval })}
        >
          {icons.warning}
          <span>{t('journeyMeta.list.overdue')}</span>
        </span>
      ) : null}
    </>
  );
}

/** The workspace's review interval, edited where its effect shows: above the list it flags. */
export function ReviewIntervalForm({ staleCount }: { staleCount: number }) {
  const { t } = useTranslation();
  const id = useId();
  const { commands } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const interval = useReviewInterval();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const commit = (e?: FormEvent) => {
    e?.preventDefault();
    if (draft === null || !workspaceId) return;
    const days = Number(draft);
    setDraft(null);
    if (!Number.isInteger(days) || days < 1 || days > 3650) return setInvalid(true);
    setInvalid(false);
    if (days !== interval)
      void commands.apply('changeReviewInterval', [fieldEdit('workspaces', workspaceId, 'review_interval_days', days)]);
  };
  return (
    <form className="interval-form" onSubmit={commit} noValidate>
      <label htmlFor={id}>{t('journeyMeta.list.interval')}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={3650}
        value={draft ?? String(interval)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit()}
      />
      <span>{t('journeyMeta.list.intervalUnit')}</span>
      {invalid ? (
        <span id={`${id}-problem`} className="form-problem" role="alert">
          {t('journeyMeta.list.intervalInvalid')}
        </span>
      ) : null}
      {staleCount > 0 ? (
        <span className="stale-summary">{t('journeyMeta.list.staleCount', { count: staleCount })}</span>
      ) : null}
    </form>
  );
}

/** Duplicate a journey with everything on its map, as one undoable step; opens the copy. */
export function useDuplicateJourney(): (journey: Journey) => Promise<void> {
  const { t } = useTranslation();
  const { api, commands, nav, toasts } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const personas = useRows('personas');
  return async (journey) => {
    if (!workspaceId) return;
    try {
      const bundle = await api['journeys.open']({ workspaceId, journeyId: journey.id });
      const persona = personas?.find((p) => p.id === journey.persona_id);
      const name = t('journeyMeta.list.copyName', { name: journey.name || t('journeys.unnamed') }).slice(0, 200);
      const { id, edits } = duplicateJourneyEdits({ ...bundle, journey, persona }, name);
      if (await commands.apply('duplicateJourney', edits))
        nav.getState().showJourneys({ kind: 'detail', journeyId: id });
    } catch (err) {
      toasts.getState().report(err, 'duplicateJourney');
    }
  };
}
