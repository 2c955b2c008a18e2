import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orderTouchpoints } from '../../../../shared/messages';
import type { Touchpoint } from '../../../../shared/schema/tables';
import { channelName } from '../labels';
import { messageOf } from '../../../../shared/messages/message-edits';
import { useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';

interface TouchpointOutlineProps {
  journeyId: string;
  journeyName: string;
  data: MessagesData;
  selectedId: string | null;
  /** Errors and warnings per touchpoint, from the consistency check. */
  problems: ReadonlyMap<string, number>;
}

/** The journey's touchpoints by stage, in the order the customer meets them; choosing one opens its message. */
export function TouchpointOutline({ journeyId, journeyName, data, selectedId, problems }: TouchpointOutlineProps) {
  const { t } = useTranslation();
  const ui = useMessagesUiStore();
  const groups = useMemo(() => {
    const stages = data.stages.filter((s) => s.journey_id === journeyId);
    const ordered = orderTouchpoints(
      stages,
      data.touchpoints.filter((tp) => tp.journey_id === journeyId),
      data.channels,
    );
    const out: { stageId: string | null; name: string; touchpoints: Touchpoint[] }[] = [];
    for (const tp of ordered) {
      const stageId = stages.some((s) => s.id === tp.stage_id) ? tp.stage_id : null;
      let group = out[out.length - 1];
      if (!group || group.stageId !== stageId) {
        group = {
          stageId,
          name: stages.find((s) => s.id === stageId)?.name ?? t('messages.outline.noStage'),
          touchpoints: [],
        };
        out.push(group);
      }
      group.touchpoints.push(tp);
    }
    return out;
  }, [data.stages, data.touchpoints, data.channels, journeyId, t]);

  return (
    <nav className="tp-outline" aria-label={t('messages.outline.label', { journey: journeyName })}>
      {groups.map((g) => (
        <div key={g.stageId ?? 'none'} className="tp-stage">
          <h3 className="tp-stage-name">{g.name}</h3>
          <ul>
            {g.touchpoints.map((tp) => {
              const message = messageOf(data.messages, tp.id);
              const variants = message ? data.variants.filter((v) => v.message_id === message.id).length : 0;
              const count = problems.get(tp.id) ?? 0;
              return (
                <li key={tp.id}>
                  <button
                    type="button"
                    className="tp-item"
                    aria-current={tp.id === selectedId || undefined}
                    onClick={() => ui.getState().selectTouchpoint(tp.id)}
                  >
                    <span className="tp-title">{tp.title || t('messages.outline.untitled')}</span>
                    <span className="tp-meta">
                      <span>{channelName(t, data.channelById, tp.channel_id)}</span>
                      <span>
                        {message
                          ? t('messages.outline.variants', { count: variants })
                          : t('messages.outline.noMessage')}
                      </span>
                      {count > 0 ? (
                        <span className="count-badge">{t('messages.outline.problems', { count })}</span>
                      ) : null}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
