import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deskGroups, type TargetGroup } from '../../../shared/review/desk-groups';
import { openCount } from '../../../shared/review/threads';
import { useNav, useRows, useServices } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { icons } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { useOpenJourney } from '../coverage/open-journey';
import { journeyLabel, useJourneyLabels } from '../../app/useJourneyLabels';
import { ApprovalBar } from './ApprovalBar';
import { formatDateTime } from './date-time';
import { ApprovalState } from './ApprovalState';
import { CommentThreads } from './CommentThreads';
import { SnapshotList } from './SnapshotList';
import { changedSinceApproval, useSnapshotsByJourney, useWorkspaceRows } from './useSnapshots';
import { useThreads } from './useThreads';
import './review.css';

/** The reviewer's desk: every journey's approval, open comments and changes since sign-off; one journey in detail. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { nav } = useServices();
  const journeys = useRows('journeys');
  const stages = useRows('stages');
  const touchpoints = useRows('touchpoints');
  const messages = useRows('messages');
  const channels = useRows('channels');
  const threads = useThreads();
  const snapshots = useSnapshotsByJourney();
  const rows = useWorkspaceRows();
  const openJourney = useOpenJourney();
  const labels = useJourneyLabels();
  // The journey picked is part of the place in the address (reload, back and forward, a link).
  const selectedId = useNav((s) => s.reviewJourneyId);
  const setSelectedId = (id: string) => nav.getState().showReview(id);

  const active = useMemo(
    () => (journeys ?? []).filter((j) => !j.tombstone && !j.archived).sort((a, b) => a.name.localeCompare(b.name)),
    [journeys],
  );
  const groups = useMemo(() => {
    const out = new Map<string, TargetGroup[]>();
    if (!stages || !touchpoints || !messages || !channels) return out;
    for (const j of active) out.set(j.id, deskGroups(j, threads, { stages, touchpoints, channels, messages }));
    return out;
  }, [active, threads, stages, touchpoints, channels, messages]);
  // Rebuilding a journey's current content walks every row: once per data change, not on every click.
  const changed = useMemo(
    () => new Map(active.map((j) => [j.id, changedSinceApproval(j, snapshots?.get(j.id)?.[0], rows)])),
    [active, snapshots, rows],
  );

  const header = <PageHeader title={t('review.title')} intro={t('review.intro')} />;
  if (journeys === undefined)
    return (
      <>
        {header}
        <p aria-busy="true">{t('app.loading')}</p>
      </>
    );
  if (active.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('review.emptyTitle')}
          icon={icons.review}
          action={
            <button type="button" className="button primary" onClick={() => nav.getState().go('journeys')}>
              {t('review.emptyAction')}
            </button>
          }
        >
          <p>{t('review.emptyText')}</p>
        </EmptyState>
      </>
    );
  }

  const selected = active.find((j) => j.id === selectedId);
  const openOf = (id: string) => (groups.get(id) ?? []).reduce((n, g) => n + openCount(g.threads), 0);

  return (
    <div className="review-page">
      {header}
      <div className="card review-desk">
        <table className="review-table" aria-label={t('review.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('review.colJourney')}</th>
              <th scope="col">{t('review.colState')}</th>
              <th scope="col">{t('review.colBy')}</th>
              <th scope="col" className="num">
                {t('review.colOpen')}
              </th>
              <th scope="col">{t('review.colChanged')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((j) => {
              const changedHere = changed.get(j.id) ?? null;
              return (
                <tr key={j.id} className={j.id === selectedId ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={j.id === selectedId}
                      onClick={() => setSelectedId(j.id)}
                    >
                      {journeyLabel(labels, j, t('journeys.unnamed'))}
                    </button>
                  </th>
                  <td>
                    {/* The same words and the same link to the changes as on the journey page. */}
                    <ApprovalState
                      journey={j}
                      view={{ state: j.approval, changedSince: changedHere, latest: snapshots?.get(j.id)?.[0] }}
                    />
                  </td>
                  <td className="muted">
                    {j.approval_by && j.approval_at
                      ? t('review.approval.byCell', {
                          name: j.approval_by,
                          date: formatDateTime(j.approval_at, i18n.language),
                        })
                      : '—'}
                  </td>
                  <td className="num">{openOf(j.id)}</td>
                  <td>
                    {changedHere === null ? (
                      <span className="muted">{t('review.notApproved')}</span>
                    ) : changedHere ? (
                      <span className="changed-flag">
                        {icons.warning}
                        <span>{t('review.changed')}</span>
                      </span>
                    ) : (
                      <span className="muted">{t('review.unchanged')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selected ? (
        <section className="card review-detail" aria-labelledby="review-detail-title">
          <div className="review-detail-head">
            <h2 id="review-detail-title">
              {t('review.selectedJourney', { name: selected.name || t('journeys.unnamed') })}
            </h2>
            <button type="button" className="button small" onClick={() => openJourney(selected.id)}>
              {t('review.openJourney')}
            </button>
          </div>
          <ApprovalBar journey={selected} />
          <div className="review-detail-body">
            <div className="review-groups">
              <h3>{t('review.comments.title')}</h3>
              {(groups.get(selected.id) ?? []).length === 0 ? (
                <p className="muted">{t('review.comments.none')}</p>
              ) : null}
              {(groups.get(selected.id) ?? []).map((g) => (
                <div key={`${g.target}:${g.id}`} className="review-group">
                  <CommentThreads
                    target={g.target}
                    targetId={g.id}
                    compact
                    title={
                      g.target === 'journeys'
                        ? t('review.comments.groups.journeys')
                        : t(`review.comments.groups.${g.target}`, { name: g.name || t('journeys.unnamed') })
                    }
                    actions={
                      <button
                        type="button"
                        className="button ghost small"
                        onClick={() =>
                          g.target === 'messages'
                            ? nav
                                .getState()
                                .showMessages({ journeyId: selected.id, touchpointId: g.touchpointId, comments: true })
                            : openJourney(selected.id, g.touchpointId ?? undefined)
                        }
                      >
                        {t('review.comments.goTo')}
                      </button>
                    }
                  />
                </div>
              ))}
            </div>
            <SnapshotList journey={selected} />
          </div>
        </section>
      ) : (
        <p className="muted review-hint">{t('review.pickHint')}</p>
      )}
    </div>
  );
}
