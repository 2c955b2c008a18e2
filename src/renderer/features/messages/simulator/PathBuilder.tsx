import { useTranslation } from 'react-i18next';
import type { PathEvent } from '../../../../shared/messages';
import { CUSTOMER_EVENTS, type CustomerEvent } from '../../../../shared/schema/tables';
import { icons } from '../../../ui/icons';
import type { MessagesData } from '../useMessagesData';

interface PathBuilderProps {
  path: readonly PathEvent[];
  /** Touchpoint titles in journey order, for "before step n". */
  stepTitles: readonly string[];
  data: MessagesData;
  onChange: (path: PathEvent[]) => void;
}

/** The customer's path: what they do, on which channel, and before which step of the journey. */
export function PathBuilder({ path, stepTitles, data, onChange }: PathBuilderProps) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<PathEvent>) =>
    onChange(path.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const add = () => onChange([...path, { event: CUSTOMER_EVENTS[0], channelId: null }]);

  return (
    <section className="card path-builder" aria-labelledby="path-title">
      <h3 id="path-title">{t('messages.simulator.pathTitle')}</h3>
      <p className="muted">{t('messages.simulator.pathIntro')}</p>
      {path.length === 0 ? (
        <p className="path-empty">{t('messages.simulator.pathEmpty')}</p>
      ) : (
        <ol className="path-events">
          {path.map((e, i) => {
            const n = i + 1;
            return (
              <li key={i} className="path-event">
                <span className="path-number" aria-hidden="true">
                  {n}
                </span>
                <select
                  aria-label={t('messages.simulator.eventLabel', { n })}
                  value={e.event}
                  onChange={(ev) => update(i, { event: ev.target.value as CustomerEvent })}
                >
                  {CUSTOMER_EVENTS.map((k) => (
                    <option key={k} value={k}>
                      {t(`messages.events.${k}`)}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('messages.simulator.channelLabel', { n })}
                  value={e.channelId ?? ''}
                  onChange={(ev) => update(i, { channelId: ev.target.value === '' ? null : ev.target.value })}
                >
                  <option value="">{t('messages.condition.anyChannel')}</option>
                  {data.activeChannels.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('messages.simulator.whenLabel', { n })}
                  value={e.before === undefined ? '' : String(e.before)}
                  onChange={(ev) => {
                    const { before: _drop, ...rest } = e;
                    onChange(
                      path.map((x, j) =>
                        j === i ? (ev.target.value === '' ? rest : { ...rest, before: Number(ev.target.value) }) : x,
                      ),
                    );
                  }}
                >
                  <option value="">{t('messages.simulator.beforeJourney')}</option>
                  {stepTitles.slice(1).map((title, k) => (
                    <option key={k + 1} value={k + 1}>
                      {t('messages.simulator.beforeStep', { n: k + 2, title })}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={t('messages.simulator.removeEvent', { n })}
                  onClick={() => onChange(path.filter((_, j) => j !== i))}
                >
                  {icons.remove}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="path-actions">
        <button type="button" className="button small" onClick={add}>
          {icons.plus}
          <span>{t('messages.simulator.addEvent')}</span>
        </button>
        {path.length > 0 ? (
          <button type="button" className="button small ghost" onClick={() => onChange([])}>
            {t('messages.simulator.clearPath')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
