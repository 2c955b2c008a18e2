import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { historyKey } from '../../app/useHistoryShortcuts';
import { icons } from '../../ui/icons';
import { mapIcons } from '../journey-map/map-icons';
import type { Slide } from './deck';
import { actionForKey, moveTo } from './keys';
import { StageSlide } from './StageSlide';
import { TitleSlide } from './TitleSlide';
import { useFullscreen } from '../../ui/useFullscreen';
import { usePresentationData, type PresentationData } from './usePresentationData';
import { VerdictSlide } from './VerdictSlide';
import './presentation.css';

/**
 * A journey presented on a big screen, one slide at a time: full screen when
 * the browser allows it, otherwise a layer over the whole window. Keys,
 * clickers and the buttons at the bottom move between slides; Esc (or leaving
 * full screen) goes back to the journey page.
 */
export function PresentationView({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { nav } = useServices();
  const data = usePresentationData(journeyId);
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const count = data?.deck.slides.length ?? 0;
  const countRef = useRef(count);
  useEffect(() => {
    countRef.current = count;
  }, [count]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    // Back on the journey page the keyboard lands where it left, not on the page body.
    nav.getState().showJourneys({ kind: 'detail', journeyId, focus: 'present' });
  }, [nav, journeyId]);
  const fullscreen = useFullscreen(root, { auto: true, onLeave: leave });
  const { retryOnGesture } = fullscreen;

  useEffect(() => {
    root.current?.focus();
    // The app underneath is out of reach while presenting: Tab stays on the slides, screen readers too.
    const app = document.getElementById('root');
    if (!app) return;
    app.inert = true;
    return () => {
      app.inert = false;
    };
  }, []);

  // A presentation changes nothing: Ctrl+Z in front of the board must not undo the last edit unseen.
  useEffect(() => {
    const hold = (e: KeyboardEvent) => {
      if (historyKey(e)) e.preventDefault();
    };
    window.addEventListener('keydown', hold, { capture: true });
    return () => window.removeEventListener('keydown', hold, { capture: true });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e);
      if (!action || e.defaultPrevented) return;
      // A focused button answers Enter and Space itself ("Next" must not move two slides).
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.closest('button, a[href]'))
        return;
      e.preventDefault();
      if (action === 'exit') {
        leave();
        return;
      }
      retryOnGesture();
      setIndex((i) => moveTo(i, action, countRef.current));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [leave, retryOnGesture]);

  const current = count === 0 ? 0 : Math.min(index, count - 1);
  const label = t('presentation.label', { name: data?.journey.name || t('presentation.untitledJourney') });

  let body: ReactNode;
  if (data === undefined)
    body = (
      <p className="deck-status" aria-busy="true">
        {t('presentation.loading')}
      </p>
    );
  else if (data === null) {
    body = (
      <div className="deck-status">
        <p>{t('presentation.notFound')}</p>
        <button type="button" className="deck-button" onClick={leave}>
          {icons.back}
          <span>{t('presentation.back')}</span>
        </button>
      </div>
    );
  } else body = <Deck data={data} current={current} onGo={setIndex} onLeave={leave} fullscreen={fullscreen} />;

  return createPortal(
    <div
      ref={root}
      className="deck"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      tabIndex={-1}
      onPointerDown={retryOnGesture}
    >
      {body}
    </div>,
    document.body,
  );
}

function slideTitle(t: TFunction, slide: Slide, data: PresentationData): string {
  switch (slide.kind) {
    case 'title':
      return data.journey.name || t('presentation.untitledJourney');
    case 'stage':
      return slide.stage.name || t('presentation.stage.untitled');
    case 'noStages':
      return t('presentation.noStages.name');
    case 'verdict':
      return t('presentation.verdict.name');
  }
}

interface DeckProps {
  data: PresentationData;
  current: number;
  onGo: (index: number) => void;
  onLeave: () => void;
  fullscreen: { active: boolean; supported: boolean; request: () => Promise<void> };
}

function Deck({ data, current, onGo, onLeave, fullscreen }: DeckProps) {
  const { t } = useTranslation();
  const { slides, slice } = data.deck;
  const slide = slides[current]!;
  const count = slides.length;
  const titles = slides.map((s) => slideTitle(t, s, data));
  const journeyName = data.journey.name || t('presentation.untitledJourney');
  const position = { current: current + 1, count };

  return (
    <>
      <section
        key={current}
        className={`deck-slide is-${slide.kind}`}
        aria-roledescription={t('presentation.slide')}
        aria-label={t('presentation.goTo', { current: current + 1, title: titles[current] })}
      >
        {slide.kind === 'title' ? (
          <TitleSlide slide={slide} journey={data.journey} persona={data.persona} channels={data.channels} />
        ) : null}
        {slide.kind === 'stage' ? (
          <StageSlide
            slide={slide}
            slice={slice}
            journeyName={journeyName}
            channels={data.channels}
            departments={data.departments}
          />
        ) : null}
        {slide.kind === 'noStages' ? (
          <div className="deck-empty is-slide">
            <h1 className="deck-empty-title">{t('presentation.noStages.title')}</h1>
            <p className="deck-muted">{t('presentation.noStages.text')}</p>
          </div>
        ) : null}
        {slide.kind === 'verdict' ? <VerdictSlide view={data.verdict} journeyName={journeyName} /> : null}
      </section>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {t('presentation.announce', { ...position, title: titles[current] })}
      </p>
      <nav className="deck-controls" aria-label={t('presentation.controls')}>
        <button
          type="button"
          className="deck-button"
          onClick={() => onGo(current - 1)}
          disabled={current === 0}
          aria-label={t('presentation.previous')}
        >
          {icons.back}
        </button>
        <p className="deck-progress-text">
          <span aria-hidden="true">{`${current + 1} / ${count}`}</span>
          <span className="visually-hidden">{t('presentation.progress', position)}</span>
        </p>
        <button
          type="button"
          className="deck-button"
          onClick={() => onGo(current + 1)}
          disabled={current === count - 1}
          aria-label={t('presentation.next')}
        >
          <span className="deck-flip">{icons.back}</span>
        </button>
        <ol className="deck-progress" aria-label={t('presentation.slides')}>
          {titles.map((title, i) => (
            <li key={i}>
              <button
                type="button"
                className={`deck-step${i === current ? ' is-current' : i < current ? ' is-past' : ''}`}
                aria-label={t('presentation.goTo', { current: i + 1, title })}
                aria-current={i === current ? 'step' : undefined}
                title={t('presentation.goTo', { current: i + 1, title })}
                onClick={() => onGo(i)}
              />
            </li>
          ))}
        </ol>
        {fullscreen.supported && !fullscreen.active ? (
          <button type="button" className="deck-button is-text" onClick={() => void fullscreen.request()}>
            {mapIcons.fit}
            <span>{t('presentation.fullscreen')}</span>
          </button>
        ) : null}
        <button type="button" className="deck-button is-text" onClick={onLeave}>
          {mapIcons.close}
          <span>{t('presentation.exit')}</span>
        </button>
      </nav>
    </>
  );
}
