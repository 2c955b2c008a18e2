import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orderTouchpoints, type ConsistencyFinding, type ConsistencyReport } from '../../../shared/messages';
import type { Journey } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { problemCounts } from './consistency/report';
import { TouchpointEditor } from './editor/TouchpointEditor';
import { TouchpointOutline } from './editor/TouchpointOutline';
import { useMessagesUi } from './MessagesUiContext';
import type { MessagesData } from './useMessagesData';

const NO_PROBLEMS: ReadonlyMap<string, number> = new Map();
const NO_FINDINGS: readonly ConsistencyFinding[] = [];

/** Writing: the journey's touchpoints on the left, the chosen one's messages on the right. */
export function WriteView({
  data,
  journey,
  report,
}: {
  data: MessagesData;
  journey: Journey;
  /** The journey's check; undefined until the desktop side has answered (then no problem marks yet). */
  report: ConsistencyReport | undefined;
}) {
  const { t } = useTranslation();
  const { nav } = useServices();
  const wanted = useMessagesUi((s) => s.touchpointId);
  const touchpoints = useMemo(
    () =>
      orderTouchpoints(
        data.stages.filter((s) => s.journey_id === journey.id),
        data.touchpoints.filter((tp) => tp.journey_id === journey.id),
        data.channels,
      ),
    [data.stages, data.touchpoints, data.channels, journey.id],
  );
  const selected = touchpoints.find((tp) => tp.id === wanted) ?? touchpoints[0];
  const problems = useMemo(() => (report ? problemCounts(report, 'touchpointId') : NO_PROBLEMS), [report]);

  if (!selected) {
    return (
      <div className="card write-empty">
        <p>{t('messages.outline.empty')}</p>
        <button
          type="button"
          className="button"
          onClick={() => nav.getState().showJourneys({ kind: 'detail', journeyId: journey.id })}
        >
          {t('messages.openJourney')}
        </button>
      </div>
    );
  }
  return (
    <div className="write-view">
      <TouchpointOutline
        journeyId={journey.id}
        journeyName={journey.name}
        data={data}
        selectedId={selected.id}
        problems={problems}
      />
      <TouchpointEditor touchpoint={selected} data={data} findings={report?.findings ?? NO_FINDINGS} />
    </div>
  );
}
