import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/analysis';
import type { Names } from './names';
import { findingText } from './texts';

interface FindingItemProps {
  finding: Finding;
  names: Names;
  /** Name the journey: in the workspace view findings of all journeys are mixed. */
  withJourney: boolean;
  onOpen: (journeyId: string, touchpointId?: string) => void;
}

/** One finding: its kind, the sentence, and a link to each touchpoint behind it (or to the journey for a stage). */
export const FindingItem = memo(function FindingItem({ finding, names, withJourney, onOpen }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const journeyName = names.journeys.get(finding.journeyId) || t('coverage.unnamedJourney');
  return (
    <li className="cov-finding" data-kind={finding.kind}>
      <div className="cov-finding-head">
        <span className={`cov-kind-tag cov-${finding.severity}`}>{t(`coverage.kind.${finding.kind}`)}</span>
        {withJourney ? (
          <span className="cov-finding-journey">{t('coverage.findings.journey', { name: journeyName })}</span>
        ) : null}
      </div>
      <p className="cov-finding-text">{findingText(t, i18n.language, finding, names)}</p>
      <div className="cov-finding-links">
        {finding.touchpointIds.length === 0 ? (
          <button type="button" className="link" onClick={() => onOpen(finding.journeyId)}>
            {t('coverage.findings.openJourney')}
          </button>
        ) : (
          <>
            <span className="muted">{t('coverage.findings.showOnMap')}</span>
            {finding.touchpointIds.slice(0, 6).map((id) => {
              const title = names.touchpoints.get(id)?.title || t('coverage.finding.untitled');
              return (
                <button
                  key={id}
                  type="button"
                  className="link cov-tp-link"
                  aria-label={t('coverage.findings.openTouchpoint', { name: title })}
                  onClick={() => onOpen(finding.journeyId, id)}
                >
                  {title}
                </button>
              );
            })}
            {finding.touchpointIds.length > 6 ? (
              <span className="muted">+{finding.touchpointIds.length - 6}</span>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
});
