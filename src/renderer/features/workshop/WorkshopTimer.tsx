import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMER_PRESETS_MINUTES, parseMinutes } from '../../../shared/workshop/timer';
import type { WorkshopTimer as Timer } from './useWorkshopTimer';

/** The big countdown with its controls. The digits are a timer (not live); minute marks and the end are spoken by a polite live region. */
export function WorkshopTimer({ timer }: { timer: Timer }) {
  const { t } = useTranslation();
  const id = useId();
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState(false);
  const { view } = timer;

  const submitCustom = (e: FormEvent) => {
    e.preventDefault();
    const minutes = parseMinutes(custom);
    setProblem(minutes === null);
    if (minutes !== null) {
      timer.setMinutes(minutes);
      setCustom('');
    }
  };

  const spoken = timer.announcement
    ? timer.announcement.said.kind === 'end'
      ? t('workshop.timer.ended')
      : t('workshop.timer.left', { count: timer.announcement.said.minutes })
    : '';

  return (
    <section
      className={`ws-timer${view.finished ? ' finished' : ''}${view.running ? ' running' : ''}`}
      aria-label={t('workshop.timer.label')}
    >
      <div className="ws-timer-face">
        <div className="ws-timer-digits" role="timer" aria-label={t('workshop.timer.label')}>
          {view.display}
        </div>
        {view.finished ? <div className="ws-timer-up">{t('workshop.timer.timeUp')}</div> : null}
      </div>
      <div className="ws-timer-controls">
        <div className="ws-timer-row">
          {view.running ? (
            <button type="button" className="button primary" onClick={timer.pause}>
              {t('workshop.timer.pause')}
            </button>
          ) : view.finished ? null : (
            <button type="button" className="button primary" onClick={timer.start}>
              {view.started ? t('workshop.timer.resume') : t('workshop.timer.start')}
            </button>
          )}
          <button
            type="button"
            className={`button${view.finished ? ' primary' : ''}`}
            onClick={timer.reset}
            disabled={!view.started}
          >
            {t('workshop.timer.reset')}
          </button>
        </div>
        <div className="ws-timer-row" role="group" aria-label={t('workshop.timer.presets')}>
          {TIMER_PRESETS_MINUTES.map((m) => (
            <button
              key={m}
              type="button"
              className="button small"
              aria-pressed={timer.durationMinutes === m}
              onClick={() => timer.setMinutes(m)}
            >
              {t('workshop.timer.minutes', { count: m })}
            </button>
          ))}
          <form className="ws-timer-custom" onSubmit={submitCustom}>
            <label className="visually-hidden" htmlFor={`${id}-min`}>
              {t('workshop.timer.custom')}
            </label>
            <input
              id={`${id}-min`}
              className="ws-timer-input"
              inputMode="numeric"
              value={custom}
              placeholder={t('workshop.timer.custom')}
              title={t('workshop.timer.customHint')}
              aria-invalid={problem}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setCustom(e.target.value)}
            />
            <button type="submit" className="button small">
              {t('workshop.timer.set')}
            </button>
          </form>
        </div>
        {problem ? (
          <p className="form-problem" id={`${id}-problem`} role="alert">
            {t('workshop.timer.invalid')}
          </p>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </section>
  );
}
