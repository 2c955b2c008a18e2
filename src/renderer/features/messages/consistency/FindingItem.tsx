import { useTranslation } from 'react-i18next';
import type { ConsistencyFinding } from '../../../../shared/messages';
import { useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';
import { findingText } from './finding-text';
import { placeText } from './place-text';

/** Rules whose positions refer to the text as typed, so the editor can select the very spot. */
const TYPED_POSITIONS = new Set([
  'unknown_placeholder',
  'malformed_placeholder',
  'fact_contradiction',
  'number_differs',
]);

/** One finding: what is wrong, where, and a button that opens that place in the editor. */
export function FindingItem({
  finding: f,
  data,
  more = 0,
}: {
  finding: ConsistencyFinding;
  data: MessagesData;
  /** Further places with the very same finding (shown once, with their number). */
  more?: number;
}) {
  const { t } = useTranslation();
  const ui = useMessagesUiStore();
  const place = placeText(t, data, f);
  const typed = TYPED_POSITIONS.has(f.rule) && typeof f.params.start === 'number' && typeof f.params.end === 'number';
  const go = () =>
    ui.getState().goTo(
      {
        journeyId: f.journeyId,
        touchpointId: f.touchpointId,
        variantId: f.variantId,
        field: f.field,
        start: typed ? Number(f.params.start) : undefined,
        end: typed ? Number(f.params.end) : undefined,
      },
      f.messageId,
    );
  return (
    <li className={`finding ${f.severity}`}>
      <span className={`severity-badge ${f.severity}`}>{t(`messages.severity.${f.severity}`)}</span>
      <div className="finding-body">
        <p>{findingText(t, f, data.variants, data.channelById)}</p>
        <p className="finding-place">
          {place}
          {more > 0 ? ` ${t('messages.check.repeated', { count: more })}` : null}
        </p>
      </div>
      {f.touchpointId ? (
        <button type="button" className="button small" aria-label={t('messages.check.goTo', { place })} onClick={go}>
          {t('messages.check.fix')}
        </button>
      ) : null}
    </li>
  );
}
