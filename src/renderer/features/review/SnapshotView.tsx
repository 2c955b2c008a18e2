import { useTranslation } from 'react-i18next';
import type { SnapshotContent, SnapshotTouchpoint } from '../../../shared/review/snapshot';

/**
 * A frozen journey, read-only: stages in order, each with its steps in the
 * customer's time order (parallel touchpoints together), what the customer
 * thinks and feels, the messages, and the backstage with its hand-offs. A
 * snapshot approved before steps existed lists its touchpoints in map order.
 */
export function SnapshotView({ content }: { content: SnapshotContent }) {
  const { t } = useTranslation();
  const channel = (id: string | null) => (id ? (content.names.channels[id] ?? '?') : '—');
  const department = (id: string | null) => (id ? (content.names.departments[id] ?? '?') : null);
  const tpById = new Map(content.touchpoints.map((tp) => [tp.id, tp]));
  const backstageById = new Map(content.backstage.map((b) => [b.id, b]));
  const messageOf = (tpId: string) => content.messages.find((m) => m.touchpoint_id === tpId);
  const variantsOf = (messageId: string) => content.variants.filter((v) => v.message_id === messageId);
  // Steps per stage: the stored order, or one step per touchpoint in stored order for a version 1 snapshot.
  const stepsOf = (stageId: string): { touchpoints: SnapshotTouchpoint[]; backstage: string[] }[] =>
    content.order
      ? content.order
          .filter((s) => s.stage_id === stageId)
          .map((s) => ({
            touchpoints: s.touchpoint_ids.flatMap((id) => tpById.get(id) ?? []),
            backstage: s.backstage_ids,
          }))
      : content.touchpoints.filter((tp) => tp.stage_id === stageId).map((tp) => ({ touchpoints: [tp], backstage: [] }));
  let number = 0;

  const touchpointItem = (tp: SnapshotTouchpoint) => {
    const message = messageOf(tp.id);
    const variants = message ? variantsOf(message.id) : [];
    const voice = [
      [t('review.snapshots.thinks'), tp.thinks],
      [t('review.snapshots.feels'), tp.feels],
      [t('review.snapshots.says'), tp.says],
      [t('review.snapshots.painPoints'), tp.pain_points],
    ].filter(([, text]) => text!.trim() !== '');
    return (
      <li key={tp.id} className="snapshot-tp">
        <div>
          <strong>{tp.title}</strong>{' '}
          <span className="muted">
            · {channel(tp.channel_id)}
            {department(tp.owner_department_id) ? ` · ${department(tp.owner_department_id)}` : ''}
          </span>
        </div>
        {voice.map(([label, text]) => (
          <div key={label} className="snapshot-message">
            <span className="muted">{label}:</span> {text}
          </div>
        ))}
        {message && (message.headline || message.body) ? (
          <div className="snapshot-message">
            <span className="muted">{t('review.snapshots.message')}:</span>{' '}
            {[message.headline, message.body, message.cta].filter(Boolean).join(' — ')}
          </div>
        ) : null}
        {variants.length > 0 ? (
          <div className="snapshot-message">
            <span className="muted">{t('review.snapshots.variants')}:</span>{' '}
            {variants.map((v) => channel(v.channel_id)).join(', ')}
          </div>
        ) : null}
      </li>
    );
  };

  const handoffName = (id: string | null) => (id ? (backstageById.get(id)?.title ?? '?') : '?');
  return (
    <div className="snapshot-view">
      <p className="muted">{t('review.snapshots.readOnly')}</p>
      <h3>{content.journey.name}</h3>
      {content.names.persona ? (
        <p className="muted">{t('review.snapshots.persona', { name: content.names.persona })}</p>
      ) : null}
      {content.order === null ? <p className="muted">{t('review.snapshots.noOrder')}</p> : null}
      <ol className="snapshot-stages">
        {content.stages.map((stage) => {
          const steps = stepsOf(stage.id);
          return (
            <li key={stage.id} className="snapshot-stage">
              <h4>{stage.name}</h4>
              {steps.length === 0 ? (
                <p className="muted">{t('review.snapshots.noTouchpoints')}</p>
              ) : (
                <ol className="snapshot-steps">
                  {steps.map((step, i) => {
                    number += 1;
                    const backstage = step.backstage.flatMap((id) => backstageById.get(id) ?? []);
                    return (
                      <li key={i} className="snapshot-step">
                        <p className="muted">
                          {content.order ? t('review.snapshots.step', { number }) : null}
                          {step.touchpoints.length > 1 ? ` · ${t('review.snapshots.parallel')}` : ''}
                        </p>
                        <ul>{step.touchpoints.map(touchpointItem)}</ul>
                        {backstage.length > 0 ? (
                          <ul className="snapshot-backstage" aria-label={t('review.snapshots.backstage')}>
                            {backstage.map((b) => (
                              <li key={b.id}>
                                <span className="muted">{t('review.snapshots.backstage')}:</span> {b.title}
                                {department(b.department_id) ? ` · ${department(b.department_id)}` : ''}
                                {b.system_ids.length > 0
                                  ? ` · ${t('review.snapshots.systems', {
                                      names: b.system_ids.map((s) => content.names.systems[s] ?? '?').join(', '),
                                    })}`
                                  : ''}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      {content.backstage.some((b) => b.stage_id === null) ? (
        <section className="snapshot-handoffs">
          <h4>{t('review.snapshots.backstage')}</h4>
          <ul>
            {content.backstage
              .filter((b) => b.stage_id === null)
              .map((b) => (
                <li key={b.id}>
                  {b.title}
                  {department(b.department_id) ? ` · ${department(b.department_id)}` : ''}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      {content.backstage_handoffs.length > 0 ? (
        <section className="snapshot-handoffs">
          <h4>{t('review.snapshots.backstageHandoffs')}</h4>
          <ul>
            {content.backstage_handoffs.map((h) => (
              <li key={h.id}>
                {handoffName(h.from_step_id)} → {handoffName(h.to_step_id)}{' '}
                <span className={h.carries_context ? 'muted' : 'snapshot-lost'}>
                  ({h.carries_context ? t('review.snapshots.carries') : t('review.snapshots.loses')})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
