import { useTranslation } from 'react-i18next';
import type { HandoffStatus } from '../../../shared/map/transitions';

/** The status of a hand-off as a small sample of its line, named, with the explanation as a tooltip. */
export function HandoffBadge({ status, withText = false }: { status: HandoffStatus; withText?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={`handoff-badge ${status}`}
      title={`${t(`map.handoff.${status}`)}: ${t(`map.handoff.${status}Text`)}`}
    >
      <svg width="28" height="10" aria-hidden="true" focusable="false">
        <line x1="1" y1="5" x2="22" y2="5" className="sample-line" />
        <path d="M21,1 L27,5 L21,9 z" className="sample-head" />
      </svg>
      {withText ? (
        <span>{t(`map.handoff.${status}`)}</span>
      ) : (
        <span className="visually-hidden">{t(`map.handoff.${status}`)}</span>
      )}
    </span>
  );
}
