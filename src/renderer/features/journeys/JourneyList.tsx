import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyLabel, useJourneyLabels } from '../../app/useJourneyLabels';
import type { Journey } from '../../../shared/schema/tables';
import { useCanEdit } from '../../app/useCanEdit';
import { useRows, useServices } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { EmptyState } from '../../ui/EmptyState';
import { icons } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { ReviewCell, ReviewIntervalForm, useDuplicateJourney } from './JourneyListTools';
import { ImportButton } from '../interchange/ImportButton';
import { reviewStatus } from './review-status';
import { useReviewInterval } from './ReviewBar';

/** The journeys of the workspace: name, persona, stages, owner, review; archived ones apart, to restore. */
export function JourneyList() {
  const { t, i18n } = useTranslation();
  const { nav, commands } = useServices();
  const journeys = useRows('journeys');
  const stages = useRows('stages');
  const personas = useRows('personas');
  const interval = useReviewInterval();
  const duplicate = useDuplicateJourney();
  const now = Date.now();
  const personaName = (j: Journey) =>
    personas?.find((p) => p.id === j.persona_id)?.name || t('journeyMeta.list.noPersona');

  const stageCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of stages ?? []) if (s.journey_id) counts.set(s.journey_id, (counts.get(s.journey_id) ?? 0) + 1);
    return counts;
  }, [stages]);
  const { active, archived } = useMemo(() => {
    const sorted = [...(journeys ?? [])].sort(
      (a, b) => a.name.localeCompare(b.name, i18n.language) || a.id.localeCompare(b.id),
    );
    return { active: sorted.filter((j) => !j.archived), archived: sorted.filter((j) => j.archived) };
  }, [journeys, i18n.language]);

  const open = (j: Journey) => nav.getState().showJourneys({ kind: 'detail', journeyId: j.id });
  const canEdit = useCanEdit();
  const create = () => nav.getState().showJourneys({ kind: 'new' });
  // Two journeys of one name read apart ("Name — Persona", "Name (2)").
  const labels = useJourneyLabels();
  const nameOf = (j: Journey) => journeyLabel(labels, j, t('journeys.unnamed'));
  const loaded = journeys !== undefined && stages !== undefined;

  return (
    <>
      <PageHeader
        title={t('journeys.title')}
        intro={t('journeys.intro')}
        actions={
          loaded && canEdit ? (
            <>
              <ImportButton />
              {journeys.length > 0 ? (
                <button type="button" className="button primary" onClick={create}>
                  {icons.plus}
                  <span>{t('journeys.new')}</span>
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      {!loaded ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : journeys.length === 0 ? (
        <EmptyState
          title={t('journeys.emptyTitle')}
          icon={icons.journeys}
          action={
            canEdit ? (
              <button type="button" className="button primary" onClick={create}>
                {icons.plus}
                <span>{t('journeys.emptyAction')}</span>
              </button>
            ) : undefined
          }
        >
          <p>{t('journeys.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <fieldset className="plain-fieldset" disabled={!canEdit}>
            <ReviewIntervalForm
              staleCount={
                active.filter((j) => reviewStatus(j.last_reviewed_at, interval, now).state === 'overdue').length
              }
            />
          </fieldset>
          {active.length > 0 ? (
            <section className="card flush" aria-labelledby="journeys-active">
              <h2 id="journeys-active" className="visually-hidden">
                {t('journeys.listLabel')}
              </h2>
              <table className="journeys-table" aria-labelledby="journeys-active">
                <thead>
                  <tr>
                    <th scope="col">{t('journeys.colName')}</th>
                    <th scope="col">{t('journeyMeta.list.colPersona')}</th>
                    <th scope="col">{t('journeys.colStages')}</th>
                    <th scope="col">{t('journeys.colOwner')}</th>
                    <th scope="col">{t('journeyMeta.list.colReviewed')}</th>
                    <th scope="col" className="cell-actions">
                      <span className="visually-hidden">{t('journeys.colActions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {active.map((j) => (
                    <tr key={j.id}>
                      <td className="cell-name">
                        <button type="button" className="link" onClick={() => open(j)}>
                          {nameOf(j)}
                        </button>
                      </td>
                      <td className="cell-persona">{personaName(j)}</td>
                      <td className="cell-count">{t('journeys.stageCount', { count: stageCounts.get(j.id) ?? 0 })}</td>
                      <td className="cell-owner">{j.owner || t('journeys.noOwner')}</td>
                      <td className="review-cell">
                        <ReviewCell journey={j} interval={interval} now={now} />
                      </td>
                      <td className="cell-actions">
                        {canEdit ? (
                          <>
                            <button
                              type="button"
                              className="button small ghost"
                              aria-label={t('journeyMeta.list.duplicateOne', { name: nameOf(j) })}
                              onClick={() => void duplicate(j)}
                            >
                              {t('journeyMeta.list.duplicate')}
                            </button>
                            <button
                              type="button"
                              className="button small ghost"
                              aria-label={t('journeys.archiveOne', { name: nameOf(j) })}
                              onClick={() =>
                                void commands.apply('archiveJourney', [fieldEdit('journeys', j.id, 'archived', true)])
                              }
                            >
                              {t('common.archive')}
                            </button>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {archived.length > 0 ? (
            <section className="archived-group" aria-labelledby="journeys-archived">
              <h2 id="journeys-archived">{t('journeys.archivedTitle')}</h2>
              <ul className="catalogue-list" aria-labelledby="journeys-archived">
                {archived.map((j) => (
                  <li key={j.id} className="catalogue-item archived">
                    <button type="button" className="link catalogue-name" onClick={() => open(j)}>
                      {nameOf(j)}
                    </button>
                    <span className="muted">{t('journeys.stageCount', { count: stageCounts.get(j.id) ?? 0 })}</span>
                    {canEdit ? (
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('journeys.restoreOne', { name: nameOf(j) })}
                        onClick={() =>
                          void commands.apply('restoreJourney', [fieldEdit('journeys', j.id, 'archived', false)])
                        }
                      >
                        {t('common.restore')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
