import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Stage, WorkshopNote } from '../../../shared/schema/tables';
import { useHyphenate } from '../../i18n/useHyphenate';
import { NOTE_TEXT_MAX } from '../../../shared/workshop/notes';
import { parseNote, type ParsedNote } from '../../../shared/workshop/shorthand';
import { useServices } from '../../app/ServicesContext';
import { historyKey } from '../../app/useHistoryShortcuts';
import { StickyNote, type NoteActions } from './StickyNote';
import { bindingFor } from '../../ui/key-table';
import { CAPTURE_KEYS, COLUMN_KEYS } from './workshop-keys';

interface CaptureColumnProps {
  stage: Stage;
  index: number;
  notes: readonly WorkshopNote[];
  channels: readonly Channel[];
  channelName: (id: string | null) => string | null;
  tone: (id: string | null) => number;
  readOnly: boolean;
  actions: NoteActions;
  /** Resolves false when the note was refused. */
  add(stage: Stage, parsed: ParsedNote): Promise<boolean>;
  /** Focus the input of the column `delta` places away. */
  jump(from: number, delta: -1 | 1): void;
}

/** One stage: its name, the input that adds notes, and its stickies. */
export function CaptureColumn({
  stage,
  index,
  notes,
  channels,
  channelName,
  tone,
  readOnly,
  actions,
  add,
  jump,
}: CaptureColumnProps) {
  const { t } = useTranslation();
  const softHyphenate = useHyphenate();
  const id = useId();
  const { commands } = useServices();
  const [text, setText] = useState('');
  // The text whose unknown tag was pointed out: Enter on it again keeps the tag as text.
  const [warned, setWarned] = useState<string | null>(null);
  const parsed = text.trim() === '' ? null : parseNote(text, channels);
  // "#" or "@" as typed, for the message about a tag.
  const typedTag = parsed?.tag ? `${text.trim()[0] ?? '#'}${parsed.tag}` : '';
  // Too long is said and refused, never cut: what was typed stays in the field.
  const tooLong = (parsed?.text.length ?? 0) > NOTE_TEXT_MAX;
  const stageName = stage.name || '—';

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const history = historyKey(e);
    if (history && text === '') {
      // An empty capture field has nothing of its own to undo: Ctrl+Z takes back the last note instead.
      e.preventDefault();
      void (history === 'undo' ? commands.undo() : commands.redo());
      return;
    }
    const action = bindingFor(CAPTURE_KEYS, e)?.action;
    if (action === 'toNotes') {
      const first = e.currentTarget.closest('.ws-column')?.querySelector<HTMLElement>('.ws-note');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (action === 'add' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (!parsed || parsed.text === '' || tooLong) return;
      // A tag that names no channel is said first, not silently left in the note's text.
      if (parsed.problem && warned !== text) {
        setWarned(text);
        return;
      }
      setWarned(null);
      // The field stays focused and empties at once, ready for the next note; a refused note comes back.
      const typed = text;
      setText('');
      void add(stage, parsed).then((ok) => {
        if (!ok) setText((current) => (current === '' ? typed : current));
      });
    }
  };

  const problem = parsed?.problem
    ? t(parsed.problem === 'unknown' ? 'workshop.unknownTag' : 'workshop.ambiguousTag', { tag: typedTag })
    : '';
  const hint = tooLong ? t('workshop.tooLong', { max: NOTE_TEXT_MAX }) : problem;
  const chip = parsed?.channelId && !tooLong ? channelName(parsed.channelId) : null;

  return (
    <section
      className="ws-column"
      aria-labelledby={`${id}-head`}
      data-stage-id={stage.id}
      onKeyDown={(e) => {
        // From the input or any note of the column: Ctrl+←/→ goes to the neighbouring stage's input.
        if (bindingFor(COLUMN_KEYS, e)) {
          e.preventDefault();
          jump(index, e.key === 'ArrowLeft' ? -1 : 1);
        }
      }}
    >
      <header className="ws-column-head">
        <h2 id={`${id}-head`} aria-label={stageName}>
          {softHyphenate(stageName)}
        </h2>
        <span className="ws-count">{t('workshop.stageCount', { count: notes.length })}</span>
      </header>
      {readOnly ? null : (
        <div className="ws-add">
          <label className="visually-hidden" htmlFor={`${id}-input`}>
            {t('workshop.addLabel', { stage: stageName })}
          </label>
          <input
            id={`${id}-input`}
            className="ws-add-input"
            type="text"
            value={text}
            autoComplete="off"
            aria-invalid={tooLong}
            placeholder={t('workshop.addPlaceholder')}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setText(e.target.value);
              setWarned(null);
            }}
            onKeyDown={onKeyDown}
          />
          <p
            id={`${id}-hint`}
            className={`ws-add-hint${parsed?.problem || tooLong ? ' problem' : ''}`}
            role={warned === text && parsed?.problem ? 'alert' : undefined}
          >
            {chip !== null ? (
              <span className={`ws-chip tone-${tone(parsed?.channelId ?? null)}`}>
                <span className="visually-hidden">{t('workshop.channelRecognised', { channel: chip })}</span>
                <span aria-hidden="true">{chip}</span>
              </span>
            ) : null}
            {hint}
            {warned === text && parsed?.problem ? ` ${t('workshop.keepAsText', { tag: typedTag })}` : ''}
          </p>
        </div>
      )}
      {notes.length === 0 ? (
        <p className="ws-empty">{readOnly ? t('workshop.emptyStageReadOnly') : t('workshop.emptyStage')}</p>
      ) : (
        <ol className="ws-notes" aria-label={t('workshop.stageNotes', { stage: stageName })}>
          {notes.map((note) => (
            <StickyNote
              key={note.id}
              note={note}
              channelName={channelName(note.channel_id)}
              tone={tone(note.channel_id)}
              readOnly={readOnly}
              actions={actions}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
