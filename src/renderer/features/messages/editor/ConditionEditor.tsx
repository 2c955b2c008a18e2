import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConditionWarning, VariantCondition } from '../../../../shared/messages';
import { CUSTOMER_EVENTS, type Channel, type CustomerEvent, type Variant } from '../../../../shared/schema/tables';
import { conditionWarningText } from './condition-warning-text';

interface ConditionEditorProps {
  variant: Variant;
  /** Every variant of the message, to name the one that wins instead. */
  variants: readonly Variant[];
  activeChannels: readonly Channel[];
  channelById: ReadonlyMap<string, Channel>;
  warnings: readonly ConditionWarning[];
  onChange: (condition: VariantCondition | null) => void;
}

/** Whether the variant is the channel's default or applies only after an event, and what is wrong with that. */
export function ConditionEditor({
  variant,
  variants,
  activeChannels,
  channelById,
  warnings,
  onChange,
}: ConditionEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const condition = variant.condition;
  const firstUnused =
    CUSTOMER_EVENTS.find(
      (e) => !variants.some((v) => v.channel_id === variant.channel_id && v.condition?.event === e),
    ) ?? CUSTOMER_EVENTS[0];

  return (
    <fieldset className="condition-editor">
      <legend>{t('messages.condition.legend')}</legend>
      <label className="choice">
        <input type="radio" name={`${id}-kind`} checked={condition === null} onChange={() => onChange(null)} />
        <span>{t('messages.condition.always')}</span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-kind`}
          checked={condition !== null}
          onChange={() => onChange({ event: firstUnused, channelId: null })}
        />
        <span>{t('messages.condition.when')}</span>
      </label>
      {condition !== null ? (
        <div className="condition-row">
          <div className="field">
            <label htmlFor={`${id}-event`}>{t('messages.condition.event')}</label>
            <select
              id={`${id}-event`}
              value={condition.event}
              onChange={(e) => onChange({ ...condition, event: e.target.value as CustomerEvent })}
            >
              {CUSTOMER_EVENTS.map((e) => (
                <option key={e} value={e}>
                  {t(`messages.events.${e}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t('messages.condition.channel')}</label>
            <select
              id={`${id}-channel`}
              value={condition.channelId ?? ''}
              onChange={(e) => onChange({ ...condition, channelId: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('messages.condition.anyChannel')}</option>
              {activeChannels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              {condition.channelId !== null && !activeChannels.some((c) => c.id === condition.channelId) ? (
                <option value={condition.channelId}>
                  {channelById.get(condition.channelId)?.name ?? t('messages.labels.deletedChannel')}
                </option>
              ) : null}
            </select>
          </div>
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="field-problems">
          {warnings.map((w, i) => (
            <li key={i} className="problem warning">
              {conditionWarningText(t, w, variants, channelById)}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
