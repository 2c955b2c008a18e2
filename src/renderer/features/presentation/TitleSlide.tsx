import { useTranslation } from 'react-i18next';
import type { Channel, Journey, Persona } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { useApprovalView } from '../review/useApprovalView';
import type { TitleSlide as TitleSlideData } from './deck';

interface Props {
  slide: TitleSlideData;
  journey: Journey;
  persona: Persona | null;
  channels: ReadonlyMap<string, Channel>;
}

/** The opening slide: what the journey is, whose it is, and how big it is. */
export function TitleSlide({ slide, journey, persona, channels }: Props) {
  const { t } = useTranslation();
  const { nav } = useServices();
  const approvalView = useApprovalView(journey);
  // Approved and edited since: say so, as the journey page and the review desk do, with the way to the changes.
  const changedSince = approvalView.changedSince === true;
  const preferred = (persona?.preferred_channel_ids ?? [])
    .map((id) => channels.get(id))
    .filter((c): c is Channel => c !== undefined && !c.tombstone);
  // "Draft" is where every journey starts: worth a line only once someone moved it on.
  const showApproval = journey.approval !== 'draft' || journey.approval_by !== '';
  const approval = changedSince
    ? t('presentation.approval.approvedChanged')
    : t(`presentation.approval.${journey.approval}`);
  const figures = [
    { key: 'stages', count: slide.stages },
    { key: 'touchpoints', count: slide.touchpoints },
    { key: 'channels', count: slide.channels },
  ] as const;
  return (
    <div className="deck-title">
      <header className="deck-title-head">
        <p className="deck-eyebrow">{t('presentation.titleSlide.eyebrow')}</p>
        <h1 className="deck-title-name">{journey.name || t('presentation.untitledJourney')}</h1>
        {journey.description ? <p className="deck-title-description">{journey.description}</p> : null}
      </header>
      <div className="deck-title-body">
        <section className="deck-persona" aria-label={t('presentation.titleSlide.persona')}>
          <p className="deck-label">{t('presentation.titleSlide.persona')}</p>
          {persona ? (
            <>
              <h2 className="deck-persona-name">{persona.name}</h2>
              {persona.description ? <p className="deck-persona-description">{persona.description}</p> : null}
              {persona.goals ? (
                <div className="deck-persona-part">
                  <h3>{t('presentation.titleSlide.goals')}</h3>
                  <p>{persona.goals}</p>
                </div>
              ) : null}
              <div className="deck-persona-part">
                <h3>{t('presentation.titleSlide.preferred')}</h3>
                {preferred.length > 0 ? (
                  <ul className="deck-chips">
                    {preferred.map((c) => (
                      <li key={c.id} className="deck-chip">
                        {c.name}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="deck-muted">{t('presentation.titleSlide.noPreferred')}</p>
                )}
              </div>
            </>
          ) : (
            <p className="deck-muted">{t('presentation.titleSlide.noPersona')}</p>
          )}
        </section>
        <div className="deck-title-side">
          <dl className="deck-facts">
            <div>
              <dt>{t('presentation.titleSlide.owner')}</dt>
              <dd className={journey.owner ? undefined : 'deck-muted'}>
                {journey.owner || t('presentation.titleSlide.noOwner')}
              </dd>
            </div>
            {showApproval ? (
              <div>
                <dt>{t('presentation.titleSlide.approval')}</dt>
                <dd>
                  <span className={`deck-approval is-${journey.approval}${changedSince ? ' is-changed' : ''}`}>
                    {journey.approval_by
                      ? t('presentation.titleSlide.approvalBy', { state: approval, name: journey.approval_by })
                      : approval}
                  </span>
                  {changedSince ? (
                    <button
                      type="button"
                      className="deck-link"
                      onClick={() =>
                        nav.getState().showJourneys({ kind: 'detail', journeyId: journey.id, compare: true })
                      }
                    >
                      {t('presentation.titleSlide.showChanges')}
                    </button>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
          <ul className="deck-figures">
            {figures.map((f) => (
              <li key={f.key}>
                <span className="deck-figure-number">{f.count}</span>
                <span className="deck-figure-label">{t(`presentation.titleSlide.${f.key}`, { count: f.count })}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
