import { useTranslation } from 'react-i18next';
import { useHyphenate } from '../../i18n/useHyphenate';
import type { MapModel } from '../../../shared/map/model';
import type { Channel } from '../../../shared/schema/tables';
import type { KeyMessages } from './key-messages';

/** The stage's core messages as the customer reads them, facts filled in. */
export function KeyMessageList({
  messages,
  model,
  channels,
}: {
  messages: KeyMessages;
  model: MapModel;
  channels: ReadonlyMap<string, Channel>;
}) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  return (
    <section className="deck-messages" aria-labelledby="deck-messages-title">
      <h2 id="deck-messages-title" className="deck-label">
        {t('presentation.stage.messages')}
      </h2>
      {messages.shown.length === 0 ? (
        <p className="deck-muted">{t('presentation.stage.noMessages')}</p>
      ) : (
        <ul className="deck-message-list">
          {messages.shown.map((m) => {
            const tp = m.touchpointId ? model.touchpoints.get(m.touchpointId) : undefined;
            const channel = m.channelId
              ? channels.get(m.channelId)?.name || t('presentation.stage.unknownChannel')
              : null;
            const where = tp
              ? [channel, tp.title || t('presentation.stage.untitledTouchpoint')].filter(Boolean).join(' · ')
              : t('presentation.stage.stageMessage');
            return (
              <li key={m.id} className="deck-message">
                <p className="deck-message-where">{where}</p>
                {m.headline ? <p className="deck-message-headline">{hyphenate(m.headline)}</p> : null}
                {m.body ? <p className="deck-message-body">{hyphenate(m.body)}</p> : null}
                {m.cta ? (
                  <p className="deck-message-cta">
                    <span>{m.cta}</span>
                  </p>
                ) : null}
                {m.unknownKeys.length > 0 ? (
                  <p className="deck-message-gap">
                    {t('presentation.stage.unknownFacts', { keys: m.unknownKeys.join(', ') })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {messages.more > 0 ? (
        <p className="deck-more">{t('presentation.stage.moreMessages', { count: messages.more })}</p>
      ) : null}
    </section>
  );
}
