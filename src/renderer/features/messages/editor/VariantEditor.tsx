import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkVariant,
  fieldSupported,
  smsText,
  VARIANT_FIELDS,
  type ConditionWarning,
  type ConsistencyFinding,
  type VariantField,
  type VariantTexts,
} from '../../../../shared/messages';
import { noConstraints, type Message, type Variant } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { fieldEdit, tombstoneEdit } from '../../../../shared/edits';
import { icons } from '../../../ui/icons';
import { channelName, variantName } from '../labels';
import { conditionEdits, copyCoreEdits, smsReplacementEdits } from '../../../../shared/messages/message-edits';
import { useMessagesUi, useMessagesUiStore } from '../MessagesUiContext';
import { ChannelPreview, senderOf } from '../previews/ChannelPreview';
import type { MessagesData } from '../useMessagesData';
import { checkNotes } from './check-notes';
import { ConditionEditor } from './ConditionEditor';
import { MessageField } from './MessageField';
import { SmsPanel } from './SmsPanel';
import { useDrafts } from './useDrafts';
import { violationText } from './violation-text';

export const FIELD_MAX: Readonly<Record<VariantField, number>> = {
  subject: 500,
  preheader: 500,
  headline: 500,
  body: 20000,
  cta: 200,
};

interface VariantEditorProps {
  variant: Variant;
  message: Message;
  /** Every variant of the message. */
  variants: readonly Variant[];
  data: MessagesData;
  warnings: readonly ConditionWarning[];
  /** The consistency check's findings on this variant. */
  findings: readonly ConsistencyFinding[];
}

/** One variant: its fields checked live against the channel, its condition, the SMS count and the preview. */
export function VariantEditor({ variant, message, variants, data, warnings, findings }: VariantEditorProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const ui = useMessagesUiStore();
  const focus = useMessagesUi((s) => (s.focus?.owner === variant.id ? s.focus : null));
  const clearFocus = useCallback(() => ui.getState().clearFocus(), [ui]);
  const channel = variant.channel_id !== null ? data.channelById.get(variant.channel_id) : undefined;
  const constraints = channel?.constraints ?? noConstraints;
  const name = channelName(t, data.channelById, variant.channel_id);
  const saved = useMemo(() => {
    const texts = {} as VariantTexts;
    for (const f of VARIANT_FIELDS) texts[f] = variant[f];
    return texts;
  }, [variant]);
  const save = useCallback(
    (changes: Partial<VariantTexts>) => {
      const edits = VARIANT_FIELDS.flatMap((f) =>
        changes[f] === undefined ? [] : [fieldEdit('variants', variant.id, f, changes[f])],
      );
      void commands.apply('writeVariant', edits);
    },
    [commands, variant.id],
  );
  const drafts = useDrafts(saved, save);
  const { shown } = drafts;
  const check = useMemo(() => checkVariant(shown, constraints, data.factValues), [shown, constraints, data.factValues]);
  const notes = useMemo(
    () => checkNotes(t, findings, variants, data.channelById),
    [t, findings, variants, data.channelById],
  );
  const violations = useMemo(() => {
    const by = new Map<VariantField | 'sms', ReactNode[]>();
    for (const v of check.violations) by.set(v.field, [...(by.get(v.field) ?? []), violationText(t, v, name)]);
    for (const [field, list] of notes.byField) by.set(field, [...(by.get(field) ?? []), ...list]);
    return by;
  }, [check.violations, t, name, notes]);
  const fields = VARIANT_FIELDS.filter((f) => fieldSupported(constraints, f) || shown[f] !== '');
  const activeFacts = useMemo(
    () => data.facts.filter((f) => !f.archived).sort((a, b) => a.key.localeCompare(b.key)),
    [data.facts],
  );
  const copy = copyCoreEdits(variant, message);
  const title = variantName(t, data.channelById, variant);

  const replaceSms = () => {
    const edits = smsReplacementEdits(variant, shown);
    drafts.drop(VARIANT_FIELDS);
    void commands.apply('replaceSmsCharacters', edits);
  };

  return (
    <section className="variant-editor" aria-labelledby={`v-${variant.id}-title`}>
      <header className="variant-head">
        <h3 id={`v-${variant.id}-title`}>{title}</h3>
        <div className="variant-actions">
          <button
            type="button"
            className="button small danger-text"
            aria-label={t('messages.editor.removeNamed', { variant: title })}
            onClick={() => {
              ui.getState().selectVariant(null);
              void commands.apply('removeVariant', [tombstoneEdit('variants', variant.id)]);
            }}
          >
            {icons.remove}
            <span>{t('messages.editor.remove')}</span>
          </button>
        </div>
      </header>
      {notes.general.length > 0 ? (
        <div className="variant-notes" role="status">
          <ul className="field-problems">
            {notes.general.map((n, i) => (
              <li key={i} className="problem">
                {n}
              </li>
            ))}
          </ul>
          {notes.drift && copy.length > 0 ? (
            <button
              type="button"
              className="button small"
              onClick={() => {
                drafts.drop(['headline', 'body', 'cta']);
                void commands.apply('copyCoreMessage', copy);
              }}
            >
              {t('messages.editor.copyCore')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="variant-grid">
        <div className="variant-fields">
          {fields.map((f) => (
            <MessageField
              key={f}
              id={`f-${variant.id}-${f}`}
              field={f}
              owner={t('messages.editor.variantOwner', { channel: name })}
              value={shown[f]}
              onChange={(text) => drafts.change(f, text)}
              onCommit={() => drafts.commit(f)}
              onRevert={() => drafts.revert(f)}
              multiline={f === 'body'}
              maxLength={FIELD_MAX[f]}
              facts={activeFacts}
              factValues={data.factValues}
              counter={check.counters[f]}
              violations={violations.get(f)}
              markCulprits={constraints.smsMaxSegments !== null}
              focus={focus?.field === f ? focus : null}
              onFocused={clearFocus}
            />
          ))}
          <ConditionEditor
            variant={variant}
            variants={variants}
            activeChannels={data.activeChannels}
            channelById={data.channelById}
            warnings={warnings}
            onChange={(condition) =>
              void commands.apply('changeVariantCondition', conditionEdits(variants, variant, condition))
            }
          />
        </div>
        <div className="variant-side">
          {constraints.smsMaxSegments !== null ? (
            <SmsPanel
              sms={smsText(check.texts)}
              typed={VARIANT_FIELDS.map((f) => shown[f])}
              maxSegments={constraints.smsMaxSegments}
              violations={violations.get('sms') ?? []}
              onReplace={replaceSms}
            />
          ) : null}
          <ChannelPreview
            kind={channel?.kind ?? 'other'}
            texts={check.texts}
            sender={senderOf(channel, data.workspace?.name || t('workspace.unnamed'))}
            caption={title}
          />
        </div>
      </div>
    </section>
  );
}
