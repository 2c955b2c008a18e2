import { useTranslation } from 'react-i18next';
import type { DiffValue, SnapshotDiffEntry } from '../../../shared/review/diff';
import { useFormat } from '../../i18n/useFormat';

/** "Changes since sign-off", one readable line per change, old → new. */
export function DiffList({ entries }: { entries: readonly SnapshotDiffEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (entries.length === 0) return <p className="muted diff-none">{t('review.snapshots.noChanges')}</p>;
  const value = (v: DiffValue) =>
    v === null || v === ''
      ? t('review.diff.empty')
      : typeof v === 'boolean'
        ? v
          ? t('review.diff.yes')
          : t('review.diff.no')
        : typeof v === 'number'
          ? format.signed(v)
          : format.quote(v);
  const line = (e: SnapshotDiffEntry): string => {
    switch (e.kind) {
      case 'touchpoint_added':
      case 'touchpoint_removed':
        return t(`review.diff.${e.kind}`, { touchpoint: e.touchpoint, stage: e.place.stage, channel: e.place.channel });
      case 'touchpoint_moved':
        return t('review.diff.touchpoint_moved', {
          touchpoint: e.touchpoint,
          fromStage: e.from.stage,
          fromChannel: e.from.channel,
          toStage: e.to.stage,
          toChannel: e.to.channel,
        });
      case 'touchpoint_changed':
      case 'message_changed':
      case 'variant_changed':
        return t(`review.diff.${e.kind}`, {
          ...e,
          field: t(`review.diff.field.${e.field}`),
          from: value(e.from),
          to: value(e.to),
        });
      case 'transition_context':
        return t('review.diff.transition_context', {
          from: e.from,
          to: e.to,
          before: value(e.before),
          after: value(e.after),
        });
      default:
        return t(`review.diff.${e.kind}`, { ...e });
    }
  };
  return (
    <>
      <p className="muted">{t('review.snapshots.changeCount', { count: entries.length })}</p>
      <ul className="diff-list">
        {entries.map((e, i) => (
          <li key={i} className={`diff-${e.kind.split('_')[1]}`}>
            {line(e)}
          </li>
        ))}
      </ul>
    </>
  );
}
