import { useTranslation } from 'react-i18next';
import type { SnapshotContent } from '../../../shared/review/snapshot';

/** A frozen journey, read-only: stages in order, each with its touchpoints and their messages. */
export function SnapshotView({ content }: { content: SnapshotContent }) {
  const { t } = useTranslation();
  const channel = (id: string | null) => (id ? (content.names.channels[id] ?? '?') : '—');
  const department = (id: string | null) => (id ? (content.names.departments[id] ?? '?') : null);
  const messageOf = (tpId: string) => content.messages.find((m) => m.touchpoint_id === tpId);
  const variantsOf = (messageId: string) => content.variants.filter((v) => v.message_id === messageId);
  return (
    <div className="snapshot-view">
      <p className="muted">{t('review.snapshots.readOnly')}</p>
      <h3>{content.journey.name}</h3>
      {content.names.persona ? (
        <p className="muted">{t('review.snapshots.persona', { name: content.names.persona })}</p>
      ) : null}
      <ol className="snapshot-stages">
        {content.stages.map((stage) => {
          const tps = content.touchpoints.filter((tp) => tp.stage_id === stage.id);
          return (
            <li key={stage.id} className="snapshot-stage">
              <h4>{stage.name}</h4>
              {tps.length === 0 ? (
                <p className="muted">{t('review.snapshots.noTouchpoints')}</p>
              ) : (
                <ul>
                  {tps.map((tp) => {
                    const message = messageOf(tp.id);
                    const variants = message ? variantsOf(message.id) : [];
                    return (
                      <li key={tp.id} className="snapshot-tp">
                        <div>
                          <strong>{tp.title}</strong>{' '}
                          <span className="muted">
                            · {channel(tp.channel_id)}
                            {department(tp.owner_department_id) ? ` · ${department(tp.owner_department_id)}` : ''}
                          </span>
                        </div>
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
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
