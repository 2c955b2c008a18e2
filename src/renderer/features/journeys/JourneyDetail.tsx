import { useEffect, useMemo, useRef } from 'react';
import type { JourneyTab } from '../../stores/nav-store';
import { useTranslation } from 'react-i18next';
import { useNav, useRows, useServices } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { icons } from '../../ui/icons';
import { InlineText } from '../../ui/InlineText';
import { PageHeader } from '../../ui/PageHeader';
import { Tabs } from '../../ui/Tabs';
import { JourneyExportMenu } from '../export/JourneyExportMenu';
import { JourneyMap } from '../journey-map/JourneyMap';
import { ApprovalBar } from '../review/ApprovalBar';
import { JourneyReviewPanel } from '../review/JourneyReviewPanel';
import { useCanEdit } from '../../app/useCanEdit';
import { stagesOf } from '../../../shared/journey/journey-edits';
import { PersonaEditor } from './PersonaEditor';
import { ReviewBar } from './ReviewBar';
import { StageEditor } from './StageEditor';
import { useJourneyNameCheck } from '../../app/useJourneyLabels';

/**
 * One journey: owner, review date and approval on top, then the journey map —
 * the screen users spend their time in, so it takes the window. Name,
 * persona and stages, and the journey's comments and snapshots, are tabs
 * beside it rather than a long page under it.
 */
export function JourneyDetail({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { nav, commands } = useServices();
  const journeys = useRows('journeys');
  const allStages = useRows('stages');
  const canEdit = useCanEdit();
  const journey = journeys?.find((j) => j.id === journeyId);
  const stages = useMemo(() => stagesOf(allStages, journeyId), [allStages, journeyId]);
  const presentButton = useRef<HTMLButtonElement>(null);
  const nameCheck = useJourneyNameCheck(journeyId);
  const focusHint = useNav((s) => (s.journeyView.kind === 'detail' ? s.journeyView.focus : undefined));
  // The tab is part of the place (address, reload, back/forward), not this component's state.
  const tab = useNav((s) => (s.journeyView.kind === 'detail' ? (s.journeyView.tab ?? 'map') : 'map'));
  const setTab = (next: JourneyTab) => nav.getState().showJourneyTab(journeyId, next);
  const shown = journey !== undefined;

  // Honour the hint once: it is dropped from the view as soon as the button has the keyboard.
  useEffect(() => {
    if (focusHint !== 'present' || !presentButton.current) return;
    presentButton.current.focus();
    nav.getState().showJourneys({ kind: 'detail', journeyId });
  }, [focusHint, shown, nav, journeyId]);

  const back = (
    <button type="button" className="button ghost back" onClick={() => nav.getState().showJourneys({ kind: 'list' })}>
      {icons.back}
      <span>{t('journeyDetail.back')}</span>
    </button>
  );
  if (journeys === undefined || allStages === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  if (!journey) {
    return (
      <>
        <PageHeader title={t('journeys.unnamed')} before={back} />
        <p className="muted">{t('journeyDetail.notFound')}</p>
      </>
    );
  }

  const setArchived = (archived: boolean) =>
    void commands.apply(archived ? 'archiveJourney' : 'restoreJourney', [
      fieldEdit('journeys', journey.id, 'archived', archived),
    ]);

  return (
    <div className="journey-page">
      <PageHeader
        title={journey.name || t('journeys.unnamed')}
        before={back}
        actions={
          <>
            <button
              type="button"
              className="button"
              ref={presentButton}
              onClick={() => nav.getState().showJourneys({ kind: 'present', journeyId: journey.id })}
            >
              {icons.present}
              <span>{t('journeyDetail.present')}</span>
            </button>
            <button
              type="button"
              className="button"
              onClick={() => nav.getState().showJourneys({ kind: 'workshop', journeyId: journey.id })}
            >
              {icons.workshop}
              <span>{t('journeyDetail.workshop')}</span>
            </button>
            <JourneyExportMenu journeyId={journey.id} />
            {canEdit ? (
              <button type="button" className="button" onClick={() => setArchived(!journey.archived)}>
                {journey.archived ? t('journeyDetail.restore') : t('journeyDetail.archive')}
              </button>
            ) : null}
          </>
        }
      />
      <div className="journey-status">
        <ReviewBar journey={journey} />
        <ApprovalBar journey={journey} />
      </div>
      {canEdit ? null : <p className="viewer-notice">{t('review.viewer.notice')}</p>}
      {journey.archived ? <p className="notice">{t('journeyDetail.archivedNotice')}</p> : null}
      <Tabs
        label={t('journeyDetail.tabs.label')}
        idPrefix={`journey-${journey.id}`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'map', title: t('journeyDetail.tabs.map') },
          { key: 'settings', title: t('journeyDetail.tabs.settings') },
          { key: 'review', title: t('journeyDetail.tabs.review') },
        ]}
      >
        {tab === 'map' ? <JourneyMap journeyId={journey.id} /> : null}
        {tab === 'review' ? <JourneyReviewPanel journey={journey} /> : null}
        {tab === 'settings' ? (
          <div className="journey-detail">
            <section className="card" aria-label={t('journeyDetail.name')}>
              <fieldset className="plain-fieldset form-row" disabled={!canEdit}>
                <div className="field grow">
                  <label htmlFor="journey-detail-name">{t('journeyDetail.name')}</label>
                  <InlineText
                    id="journey-detail-name"
                    value={journey.name}
                    label={t('journeyDetail.name')}
                    check={nameCheck}
                    onCommit={(next) =>
                      void commands.apply('renameJourney', [fieldEdit('journeys', journey.id, 'name', next)])
                    }
                  />
                </div>
                <div className="field grow">
                  <label htmlFor="journey-detail-owner">{t('journeyDetail.owner')}</label>
                  <InlineText
                    id="journey-detail-owner"
                    value={journey.owner}
                    label={t('journeyDetail.owner')}
                    required={false}
                    placeholder={t('journeyDetail.ownerPlaceholder')}
                    onCommit={(next) =>
                      void commands.apply('changeJourneyOwner', [fieldEdit('journeys', journey.id, 'owner', next)])
                    }
                  />
                </div>
              </fieldset>
            </section>
            <fieldset className="plain-fieldset" disabled={!canEdit}>
              <PersonaEditor journey={journey} />
            </fieldset>
            <StageEditor journeyId={journey.id} stages={stages} />
          </div>
        ) : null}
      </Tabs>
    </div>
  );
}
