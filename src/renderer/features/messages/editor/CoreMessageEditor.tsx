import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import { renderText, type ConsistencyFinding } from '../../../../shared/messages';
import type { Message, Touchpoint } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { useCanEdit } from '../../../app/useCanEdit';
import { CommentThreads } from '../../review/CommentThreads';
import { CORE_FIELDS, coreEdits, type CoreField } from '../../../../shared/messages/message-edits';
import { useMessagesUi, useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';
import { checkNotes } from './check-notes';
import { MessageField } from './MessageField';
import { useDrafts } from './useDrafts';
import { FIELD_MAX } from './VariantEditor';

interface CoreMessageEditorProps {
  touchpoint: Touchpoint;
  message: Message | undefined;
  data: MessagesData;
  /** The consistency check's findings on the core message itself. */
  findings: readonly ConsistencyFinding[];
}

/** The core message of a touchpoint: what it says on every channel, before any channel adapts it. */
export function CoreMessageEditor({ touchpoint, message, data, findings }: CoreMessageEditorProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const canEdit = useCanEdit();
  const ui = useMessagesUiStore();
  const focus = useMessagesUi((s) => (message && s.focus?.owner === message.id ? s.focus : null));
  const clearFocus = useCallback(() => ui.getState().clearFocus(), [ui]);
  const revealComments = useMessagesUi((s) => s.revealComments);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!revealComments || !message) return;
    root.current?.querySelector('.comment-threads')?.scrollIntoView({ block: 'nearest' });
    ui.getState().setRevealComments(false);
  }, [revealComments, message, ui]);
  const saved = useMemo(
    () => ({ headline: message?.headline ?? '', body: message?.body ?? '', cta: message?.cta ?? '' }),
    [message],
  );
  const save = useCallback(
    (changes: Partial<Record<CoreField, string>>) =>
      void commands.apply('writeMessage', coreEdits(touchpoint, message, changes, newId())),
    [commands, touchpoint, message],
  );
  const drafts = useDrafts(saved, save);
  const activeFacts = useMemo(
    () => data.facts.filter((f) => !f.archived).sort((a, b) => a.key.localeCompare(b.key)),
    [data.facts],
  );
  const owner = t('messages.editor.coreOwner');
  const notes = useMemo(
    () => checkNotes(t, findings, data.variants, data.channelById),
    [t, findings, data.variants, data.channelById],
  );

  return (
    <section className="card core-message" aria-labelledby="core-title" ref={root}>
      <h3 id="core-title">{t('messages.editor.coreTitle')}</h3>
      <p className="muted">{t('messages.editor.coreIntro')}</p>
      <fieldset className="core-edit core-fields" disabled={!canEdit}>
        {CORE_FIELDS.map((f) => (
          <MessageField
            key={f}
            id={`core-${touchpoint.id}-${f}`}
            field={f}
            owner={owner}
            value={drafts.value(f)}
            onChange={(text) => drafts.change(f, text)}
            onCommit={() => drafts.commit(f)}
            onRevert={() => drafts.revert(f)}
            multiline={f === 'body'}
            maxLength={FIELD_MAX[f]}
            facts={activeFacts}
            factValues={data.factValues}
            counter={{ length: Array.from(renderText(drafts.value(f), data.factValues).text).length, limit: null }}
            violations={notes.byField.get(f)}
            focus={focus?.field === f ? focus : null}
            onFocused={clearFocus}
          />
        ))}
      </fieldset>
      {message ? (
        <CommentThreads target="messages" targetId={message.id} title={t('review.comments.messageTitle')} compact />
      ) : (
        <p className="muted small">{t('review.comments.saveFirst')}</p>
      )}
    </section>
  );
}
