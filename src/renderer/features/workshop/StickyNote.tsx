import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '../../../shared/schema/tables';
import { useHyphenate } from '../../i18n/useHyphenate';
import { NOTE_TEXT_MAX } from '../../../shared/workshop/notes';
import { icons } from '../../ui/icons';
import { bindingFor } from '../../ui/key-table';
import { NOTE_KEYS } from './workshop-keys';

export interface NoteActions {
  edit(note: WorkshopNote, text: string): void;
  remove(note: WorkshopNote): void;
  step(note: WorkshopNote, delta: -1 | 1): void;
  /** To the end of the previous (-1) or next (1) stage's column. */
  cross(note: WorkshopNote, delta: -1 | 1): void;
  openMap(): void;
}

interface StickyNoteProps {
  note: WorkshopNote;
  channelName: string | null;
  /** Palette slot of the channel (0 = no channel). */
  tone: number;
  readOnly: boolean;
  actions: NoteActions;
}

/** One sticky: focusable; Enter edits, Delete removes, Alt+↑/↓ moves, Alt+←/→ moves to the previous/next stage, ↑/↓ go to the neighbours. */
export const StickyNote = memo(function StickyNote({ note, channelName, tone, readOnly, actions }: StickyNoteProps) {
  const { t } = useTranslation();
  const softHyphenate = useHyphenate();
  const [draft, setDraft] = useState<string | null>(null);
  // Escape leaves the field like a click elsewhere does; this tells the blur not to save.
  const cancelled = useRef(false);
  const done = note.touchpoint_id !== null;
  const channel = channelName ?? t('workshop.noChannel');

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const focusSibling = (delta: -1 | 1) => {
      const next = delta < 0 ? e.currentTarget.previousElementSibling : e.currentTarget.nextElementSibling;
      if (next instanceof HTMLElement) next.focus();
      else if (delta < 0) e.currentTarget.closest('.ws-column')?.querySelector<HTMLElement>('.ws-add-input')?.focus();
    };
    const action = bindingFor(NOTE_KEYS, e)?.action;
    if (!action || (readOnly && action !== 'neighbour' && action !== 'step' && action !== 'cross')) return;
    // Also keeps the browser from going back a page on Alt+←.
    e.preventDefault();
    const back = e.key === 'ArrowUp' || e.key === 'ArrowLeft';
    switch (action) {
      case 'neighbour':
        focusSibling(back ? -1 : 1);
        return;
      case 'step':
        if (!readOnly) actions.step(note, back ? -1 : 1);
        return;
      case 'cross':
        if (!readOnly) actions.cross(note, back ? -1 : 1);
        return;
      case 'edit':
        if (!done) setDraft(note.text);
        return;
      case 'remove': {
        const li = e.currentTarget;
        const next =
          li.nextElementSibling ??
          li.previousElementSibling ??
          li.closest('.ws-column')?.querySelector('.ws-add-input');
        actions.remove(note);
        if (next instanceof HTMLElement) next.focus();
        return;
      }
    }
  };

  const commit = (text: string) => {
    setDraft(null);
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    const trimmed = text.trim();
    if (trimmed !== '' && trimmed !== note.text) actions.edit(note, trimmed);
  };

  const label = done
    ? t('workshop.noteLabelDone', { text: note.text })
    : t('workshop.noteLabel', { text: note.text, channel });

  return (
    <li
      className={`ws-note tone-${tone}${done ? ' done' : ''}`}
      tabIndex={0}
      aria-label={label}
      data-note-id={note.id}
      onKeyDown={onKeyDown}
    >
      {draft === null ? (
        <p className="ws-note-text">{softHyphenate(note.text)}</p>
      ) : (
        <textarea
          className="ws-note-edit"
          aria-label={t('workshop.editLabel')}
          title={t('workshop.editHelp')}
          autoFocus
          rows={3}
          maxLength={NOTE_TEXT_MAX}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => {
            e.stopPropagation();
            // Focus goes back to the note; the blur saves (or, after Escape, does not).
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.closest('li')?.focus();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              cancelled.current = true;
              e.currentTarget.closest('li')?.focus();
            }
          }}
        />
      )}
      <div className="ws-note-meta">
        <span className={`ws-note-channel${channelName ? '' : ' none'}`}>{channel}</span>
        {note.author ? <span className="ws-note-author">{t('workshop.byAuthor', { author: note.author })}</span> : null}
      </div>
      {done ? (
        <button type="button" className="ws-note-done" onClick={actions.openMap}>
          {icons.check}
          <span>{t('workshop.done')}</span>
        </button>
      ) : null}
    </li>
  );
});
