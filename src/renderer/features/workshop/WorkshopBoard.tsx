import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids';
import { fieldEdit, tombstoneEdit } from '../../../shared/edits';
import { byOrder } from '../../../shared/ordering';
import type { Stage, WorkshopNote } from '../../../shared/schema/tables';
import type { planConversion } from '../../../shared/workshop/conversion';
import {
  addNoteEdits,
  crossNotePlan,
  moveNoteToStageEdits,
  notesOfStage,
  stepNoteEdits,
} from '../../../shared/workshop/notes';
import { parseNote, type ParsedNote } from '../../../shared/workshop/shorthand';
import { useRows, useServices, useSession, useSync } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { icons } from '../../ui/icons';
import { CaptureColumn } from './CaptureColumn';
import { ConversionStep } from './ConversionStep';
import { HandOff } from './HandOff';
import { OrphanNotes } from './OrphanNotes';
import type { NoteActions } from './StickyNote';
import { useFullscreen } from '../../ui/useFullscreen';
import { useWorkshopTimer } from './useWorkshopTimer';
import { WorkshopTimer } from './WorkshopTimer';
import { CAPTURE_KEYS, NOTE_KEYS, type CaptureKeyAction, type NoteKeyAction } from './workshop-keys';
import { KeyHelpDisclosure } from '../../ui/KeyHelp';
import './workshop.css';

/** Sticky colours; 0 is for notes without a channel. */
const TONES = 8;

/**
 * The workshop: one column per stage where a room full of people types
 * touchpoints as sticky notes, a big timer, and the step that moves the notes
 * onto the journey map. Every note is saved locally at once (no network
 * needed) through the same undoable write path as the rest of the app.
 */
export function WorkshopBoard({ journeyId }: { journeyId: string }) {
  const { t, i18n } = useTranslation();
  const { nav, commands } = useServices();
  const journeys = useRows('journeys');
  const allStages = useRows('stages');
  const channels = useRows('channels');
  const departments = useRows('departments');
  const allNotes = useRows('workshop_notes');
  const touchpoints = useRows('touchpoints');
  const userName = useSession((s) => s.settings.userName);
  const readOnly = useSync((s) => s.status?.role === 'viewer');
  const timer = useWorkshopTimer(journeyId);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(root);
  const [step, setStep] = useState<'capture' | 'convert'>('capture');
  const [spoken, setSpoken] = useState({ text: '', n: 0 });
  // The same sentence twice ("Note added…") must be spoken twice: a changing invisible space makes it new text.
  const setSaid = useCallback((text: string) => setSpoken((s) => ({ text, n: s.n + 1 })), []);
  const focusAfter = useRef<string | null>(null);

  const journey = journeys?.find((j) => j.id === journeyId && !j.tombstone);
  const stages = useMemo(
    () => byOrder((allStages ?? []).filter((s) => s.journey_id === journeyId && !s.tombstone)),
    [allStages, journeyId],
  );
  const notes = useMemo(
    () => (allNotes ?? []).filter((n) => n.journey_id === journeyId && !n.tombstone),
    [allNotes, journeyId],
  );
  const orphans = useMemo(() => {
    const ids = new Set(stages.map((s) => s.id));
    return byOrder(notes.filter((n) => n.touchpoint_id === null && (n.stage_id === null || !ids.has(n.stage_id))));
  }, [notes, stages]);
  const columns = useMemo(
    () => new Map(stages.map((s) => [s.id, notesOfStage(notes, journeyId, s.id)])),
    [stages, notes, journeyId],
  );

  const channelInfo = useMemo(() => {
    const ordered = byOrder(channels ?? []);
    return new Map(ordered.map((c, i) => [c.id, { name: c.name, tone: (i % (TONES - 1)) + 1 }]));
  }, [channels]);
  const channelName = useCallback(
    (id: string | null) => (id ? (channelInfo.get(id)?.name ?? null) : null),
    [channelInfo],
  );
  const tone = useCallback((id: string | null) => (id ? (channelInfo.get(id)?.tone ?? 0) : 0), [channelInfo]);

  // Keep the keyboard on a note that moved (React re-inserts its element, which drops focus).
  useLayoutEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    root.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`)?.focus();
  }, [notes]);

  const latest = useRef({ columns, channels, t, stages });
  useEffect(() => {
    latest.current = { columns, channels, t, stages };
  });

  const actions = useMemo<NoteActions>(
    () => ({
      edit(note, text) {
        const parsed = parseNote(text, latest.current.channels ?? []);
        if (parsed.text === '') return;
        const edits = [fieldEdit('workshop_notes', note.id, 'text', parsed.text)];
        if (parsed.channelId && parsed.channelId !== note.channel_id)
          edits.push(fieldEdit('workshop_notes', note.id, 'channel_id', parsed.channelId));
        void commands.apply('editWorkshopNote', edits);
        setSaid(latest.current.t('workshop.said.edited'));
      },
      remove(note) {
        void commands.apply('removeWorkshopNote', [tombstoneEdit('workshop_notes', note.id)]);
        setSaid(latest.current.t('workshop.said.removed'));
      },
      step(note, delta) {
        const column = latest.current.columns.get(note.stage_id ?? '') ?? [];
        const edits = stepNoteEdits(column, note.id, delta);
        if (edits.length === 0) return;
        focusAfter.current = note.id;
        void commands.apply('moveWorkshopNote', edits);
        const position = column.findIndex((n) => n.id === note.id) + delta + 1;
        setSaid(latest.current.t('workshop.said.moved', { position }));
      },
      cross(note, delta) {
        const { stages, columns, t } = latest.current;
        const plan = crossNotePlan(stages, columns, note, delta);
        if (!plan) return;
        focusAfter.current = note.id;
        void commands.apply('moveWorkshopNote', plan.edits);
        const stage = stages.find((s) => s.id === plan.stageId);
        setSaid(t('workshop.said.movedToStage', { stage: stage?.name || '—' }));
      },
      openMap() {
        nav.getState().showJourneys({ kind: 'detail', journeyId });
      },
    }),
    [commands, nav, journeyId, setSaid],
  );

  const add = useCallback(
    async (stage: Stage, parsed: ParsedNote) => {
      const column = latest.current.columns.get(stage.id) ?? [];
      const edits = addNoteEdits(
        column,
        { journeyId, stageId: stage.id, channelId: parsed.channelId, text: parsed.text, author: userName },
        newId(),
      );
      const ok = await commands.apply('addWorkshopNote', edits);
      if (ok) setSaid(latest.current.t('workshop.said.added', { stage: stage.name }));
      return ok;
    },
    [commands, journeyId, userName, setSaid],
  );

  const adopt = useCallback(
    (note: WorkshopNote, stageId: string) => {
      const column = latest.current.columns.get(stageId) ?? [];
      void commands.apply('moveWorkshopNote', moveNoteToStageEdits(column, note.id, stageId));
    },
    [commands],
  );

  const jump = useCallback((from: number, delta: -1 | 1) => {
    const inputs = root.current?.querySelectorAll<HTMLInputElement>('.ws-add-input');
    if (!inputs || inputs.length === 0) return;
    const next = inputs[Math.max(0, Math.min(inputs.length - 1, from + delta))];
    next?.focus();
    next?.closest('.ws-column')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);

  const convert = useCallback(
    async (plan: ReturnType<typeof planConversion>) => {
      if (plan.created.size === 0) return;
      if (await commands.apply('convertWorkshopNotes', plan.edits)) {
        setSaid(latest.current.t('workshop.said.converted', { count: plan.created.size }));
        setStep('capture');
      }
    },
    [commands, setSaid],
  );

  const back = (
    <button
      type="button"
      className="button ghost back"
      onClick={() => nav.getState().showJourneys({ kind: 'detail', journeyId })}
    >
      {icons.back}
      <span>{t('workshop.back')}</span>
    </button>
  );

  if (!journeys || !allStages || !channels || !departments || !allNotes || !touchpoints) {
    return <p aria-busy="true">{t('workshop.loading')}</p>;
  }
  if (!journey) {
    return (
      <div className="workshop">
        {back}
        <h1>{t('journeys.unnamed')}</h1>
        <p className="muted">{t('workshop.notFound')}</p>
      </div>
    );
  }

  const openCount = notes.filter((n) => n.touchpoint_id === null).length;

  return (
    <div className={`workshop${fullscreen.active ? ' is-fullscreen' : ''}`} ref={root} lang={i18n.language}>
      <header className="ws-header">
        <div className="ws-title">
          {back}
          <h1 tabIndex={-1}>{t('workshop.title', { name: journey.name || t('journeys.unnamed') })}</h1>
          <div className="ws-actions">
            {readOnly || stages.length === 0 ? null : (
              <button
                type="button"
                className="button primary"
                aria-pressed={step === 'convert'}
                onClick={() => setStep(step === 'convert' ? 'capture' : 'convert')}
              >
                {icons.check}
                <span>{t('workshop.convert.open')}</span>
                {openCount > 0 ? <span className="ws-badge">{openCount}</span> : null}
              </button>
            )}
            <button
              type="button"
              className="button"
              aria-pressed={fullscreen.active}
              onClick={() => void fullscreen.toggle()}
            >
              {fullscreen.active ? t('workshop.exitFullscreen') : t('workshop.fullscreen')}
            </button>
          </div>
        </div>
        <WorkshopTimer timer={timer} />
      </header>
      {fullscreen.refused ? (
        <p className="notice" role="alert">
          {t('workshop.fullscreenRefused')}
        </p>
      ) : null}
      {readOnly ? <p className="notice">{t('workshop.readOnly')}</p> : null}
      {stages.length === 0 ? (
        <EmptyState
          title={t('workshop.noStagesTitle')}
          action={
            <button
              type="button"
              className="button primary"
              onClick={() => nav.getState().showJourneys({ kind: 'detail', journeyId })}
            >
              {t('workshop.addStages')}
            </button>
          }
        >
          <p>{t('workshop.noStagesText')}</p>
        </EmptyState>
      ) : step === 'convert' && !readOnly ? (
        <ConversionStep
          journeyId={journeyId}
          stages={stages}
          notes={notes}
          channels={channels}
          departments={departments}
          touchpoints={touchpoints}
          convert={convert}
          close={() => setStep('capture')}
        />
      ) : (
        <>
          {readOnly ? null : (
            <div className="ws-help">
              <p>{t('workshop.intro')}</p>
              <KeyHelpDisclosure
                className="ws-keys"
                label={t('workshop.keys')}
                sections={[
                  {
                    title: t('workshop.keysCapture'),
                    table: CAPTURE_KEYS,
                    describe: (a) => t(`workshop.keyActions.${a as CaptureKeyAction}`),
                  },
                  {
                    title: t('workshop.keysNote'),
                    table: NOTE_KEYS,
                    describe: (a) => t(`workshop.keyActions.${a as NoteKeyAction}`),
                  },
                ]}
              />
            </div>
          )}
          <div
            className="ws-board"
            role="region"
            aria-label={t('workshop.board')}
            style={{ '--ws-columns': stages.length } as CSSProperties}
          >
            {stages.map((stage, index) => (
              <CaptureColumn
                key={stage.id}
                stage={stage}
                index={index}
                notes={columns.get(stage.id) ?? []}
                channels={channels}
                channelName={channelName}
                tone={tone}
                readOnly={readOnly}
                actions={actions}
                add={add}
                jump={jump}
              />
            ))}
          </div>
        </>
      )}
      {stages.length > 0 ? <OrphanNotes notes={orphans} stages={stages} readOnly={readOnly} moveTo={adopt} /> : null}
      <HandOff />
      <p className="visually-hidden" aria-live="polite">
        {spoken.text}
        {spoken.n % 2 ? '\u00a0' : ''}
      </p>
    </div>
  );
}
