import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import type { ConditionWarning } from '../../../../shared/messages';
import type { Channel, Message, Touchpoint, Variant } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { icons } from '../../../ui/icons';
import { useFocusAfterMove } from '../../../ui/useFocusAfterMove';
import { channelName, conditionText, variantName } from '../labels';
import { channelVariants, moveVariantEdits, newVariantEdits } from '../../../../shared/messages/message-edits';
import { useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';
import { conditionWarningText } from './condition-warning-text';

interface VariantListProps {
  touchpoint: Touchpoint;
  message: Message | undefined;
  /** The message's variants. */
  variants: readonly Variant[];
  selectedId: string | null;
  data: MessagesData;
  /** Errors and warnings per variant id, from the consistency check. */
  problems: ReadonlyMap<string, number>;
  channelWarnings: readonly ConditionWarning[];
}

/** The variants of a message by channel, in the order they are tried, and adding one for any channel. */
export function VariantList({
  touchpoint,
  message,
  variants,
  selectedId,
  data,
  problems,
  channelWarnings,
}: VariantListProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const ui = useMessagesUiStore();
  const selectId = useId();
  const { container, focusAfterMove } = useFocusAfterMove<HTMLDivElement>();
  const own = touchpoint.channel_id !== null ? data.channelById.get(touchpoint.channel_id) : undefined;
  const used = new Set(variants.map((v) => v.channel_id));
  const choices = [...(own && !own.archived ? [own] : []), ...data.activeChannels.filter((c) => c.id !== own?.id)];
  const suggested = choices.find((c) => !used.has(c.id)) ?? choices[0];
  const [picked, setPicked] = useState<string>('');
  const channelId = picked !== '' && choices.some((c) => c.id === picked) ? picked : (suggested?.id ?? '');
  const groups = [
    ...new Set([
      ...(own ? [own.id] : []),
      ...data.activeChannels.map((c) => c.id),
      ...variants.map((v) => v.channel_id ?? ''),
    ]),
  ]
    .map((id) => ({ id, list: channelVariants(variants, id) }))
    .filter((g) => g.list.length > 0);

  const add = (channel: Channel | undefined, conditional: boolean) => {
    if (!channel) return;
    const ids = { variant: newId(), message: newId() };
    const { edits } = newVariantEdits(touchpoint, message, variants, channel, ids, conditional);
    ui.getState().selectVariant(ids.variant);
    void commands.apply('addVariant', edits);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add(data.channelById.get(channelId), false);
    setPicked('');
  };
  const move = (v: Variant, direction: -1 | 1) => {
    void commands.apply('moveVariant', moveVariantEdits(variants, v, direction));
    focusAfterMove({ item: v.id, action: direction < 0 ? 'up' : 'down' });
  };

  return (
    <section className="card variants" aria-labelledby="variants-title">
      <h3 id="variants-title">{t('messages.editor.variantsTitle')}</h3>
      <p className="muted">{t('messages.editor.variantsIntro')}</p>
      {own && !used.has(own.id) ? (
        <p className="notice">
          {t('messages.editor.ownChannelMissing', { channel: channelName(t, data.channelById, own.id) })}
        </p>
      ) : null}
      <div className="variant-groups" ref={container}>
        {groups.map((g) => {
          const conditional = g.list.filter((v) => v.condition !== null);
          const channel = data.channelById.get(g.id);
          return (
            <div key={g.id} className="variant-group">
              <h4>{channelName(t, data.channelById, g.id)}</h4>
              <ol
                className="variant-items"
                aria-label={t('messages.editor.orderLabel', { channel: channelName(t, data.channelById, g.id) })}
              >
                {g.list.map((v) => {
                  const index = conditional.indexOf(v);
                  const count = problems.get(v.id) ?? 0;
                  return (
                    <li key={v.id} className={`variant-item${v.id === selectedId ? ' selected' : ''}`}>
                      <button
                        type="button"
                        className="variant-pick"
                        aria-current={v.id === selectedId || undefined}
                        aria-label={
                          variantName(t, data.channelById, v) +
                          (count > 0 ? `, ${t('messages.outline.problems', { count })}` : '')
                        }
                        onClick={() => ui.getState().selectVariant(v.id)}
                      >
                        <span>{conditionText(t, data.channelById, v.condition)}</span>
                        {count > 0 ? (
                          <span className="count-badge" aria-hidden="true">
                            {count}
                          </span>
                        ) : null}
                      </button>
                      {index >= 0 ? (
                        <span className="variant-move">
                          <button
                            type="button"
                            className="icon-button"
                            data-item={v.id}
                            data-action="up"
                            disabled={index === 0}
                            aria-label={t('messages.editor.moveUp', { variant: variantName(t, data.channelById, v) })}
                            onClick={() => move(v, -1)}
                          >
                            {icons.up}
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            data-item={v.id}
                            data-action="down"
                            disabled={index === conditional.length - 1}
                            aria-label={t('messages.editor.moveDown', { variant: variantName(t, data.channelById, v) })}
                            onClick={() => move(v, 1)}
                          >
                            {icons.down}
                          </button>
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
              {channel && !channel.archived ? (
                <button type="button" className="link small-link" onClick={() => add(channel, true)}>
                  {t('messages.editor.addConditional', { channel: channelName(t, data.channelById, g.id) })}
                </button>
              ) : null}
              {channelWarnings
                .filter((w) => w.channelId === g.id)
                .map((w) => (
                  <p key={w.kind} className="problem warning">
                    {conditionWarningText(t, w, variants, data.channelById)}
                  </p>
                ))}
            </div>
          );
        })}
      </div>
      {choices.length > 0 ? (
        <form className="add-row add-variant" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={selectId}>{t('messages.editor.addFor')}</label>
            <select id={selectId} value={channelId} onChange={(e) => setPicked(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === own?.id ? t('messages.editor.ownChannel', { channel: c.name }) : c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {icons.plus}
            <span>{t('messages.editor.addVariant')}</span>
          </button>
        </form>
      ) : null}
    </section>
  );
}
