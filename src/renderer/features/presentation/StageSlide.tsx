import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySlice } from '../../../shared/journey/slice';
import type { BackstageStep, Channel, Touchpoint } from '../../../shared/schema/tables';
import { useFormat } from '../../i18n/useFormat';
import { useHyphenate } from '../../i18n/useHyphenate';
import { mapIcons } from '../journey-map/map-icons';
import type { DepartmentLook } from '../journey-map/useMapData';
import type { Density, SlideStep, StageSlide as StageSlideData } from './deck';
import { EmotionFace } from './EmotionFace';
import { HandoffArrows } from './HandoffArrows';
import { KeyMessageList } from './KeyMessageList';
import { StageCurve } from './StageCurve';
import './stage-slide.css';

interface Props {
  slide: StageSlideData;
  slice: JourneySlice;
  journeyName: string;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
}

/**
 * One stage: its steps left to right in the customer's time order (parallel
 * touchpoints stacked in one step), the backstage under the line of
 * visibility, the hand-offs that lose context drawn as red arrows, its key
 * messages, and the per-step emotion curve of the whole journey.
 */
export function StageSlide({ slide, slice, journeyName, channels, departments }: Props) {
  const { t } = useTranslation();
  // A state, not a ref: the arrows measure once the timeline is in the page, and again for the next slide's.
  const [timeline, setTimeline] = useState<HTMLDivElement | null>(null);
  const hyphenate = useHyphenate();
  const name = hyphenate(slide.stage.name || t('presentation.stage.untitled'));
  const titleOf = (id: string) =>
    (slice.touchpointById.get(id)?.title ?? slice.backstage.byId.get(id)?.title) ||
    t('presentation.stage.untitledTouchpoint');
  return (
    <div className="deck-stage">
      <header className="deck-stage-head">
        <p className="deck-eyebrow">
          <span>{t('presentation.stage.position', { position: slide.position, count: slide.stageCount })}</span>
          <span className="deck-eyebrow-journey">{journeyName}</span>
        </p>
        <h1 className="deck-stage-name">{name}</h1>
        <p className="deck-stage-count">{t('presentation.stage.touchpointCount', { count: slide.total })}</p>
      </header>
      <div className={`deck-stage-body is-${slide.density}${slide.messages.shown.length === 0 ? ' no-messages' : ''}`}>
        <section className="deck-touchpoints" aria-label={t('presentation.stage.touchpoints')}>
          {slide.steps.length === 0 ? (
            <div className="deck-empty">
              <p className="deck-empty-title">{t('presentation.stage.empty')}</p>
              <p className="deck-muted">{t('presentation.stage.emptyHint')}</p>
            </div>
          ) : (
            <div
              ref={setTimeline}
              className={`deck-timeline is-${slide.density}`}
              style={{ ['--steps' as string]: String(slide.steps.length) }}
            >
              <ol className="deck-step-row">
                {slide.steps.map((s) => (
                  <StepColumn
                    key={s.step.id}
                    step={s}
                    density={slide.density}
                    numbers={slide.numbers}
                    channels={channels}
                    departments={departments}
                  />
                ))}
              </ol>
              {slide.backstage ? (
                <>
                  <p className="deck-visibility">
                    <span>{t('presentation.stage.lineOfVisibility')}</span>
                  </p>
                  <ol className="deck-step-row is-back" aria-label={t('presentation.stage.backstage')}>
                    {slide.steps.map((s) => (
                      <li key={s.step.id} className="deck-back-col">
                        <ul className="deck-tps">
                          {s.backstage.map((b) => (
                            <BackstageItem key={b.id} step={b} numbers={slide.numbers} departments={departments} />
                          ))}
                          {s.hiddenBackstage > 0 ? (
                            <li className="deck-more">{t('presentation.stage.more', { count: s.hiddenBackstage })}</li>
                          ) : null}
                        </ul>
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
              <HandoffArrows container={timeline} lost={slide.lost} />
            </div>
          )}
          {slide.hiddenSteps > 0 ? (
            <p className="deck-more deck-more-steps">
              {t('presentation.stage.moreSteps', { count: slide.hiddenSteps, touchpoints: slide.hiddenTouchpoints })}
            </p>
          ) : null}
          {slide.lost.length > 0 ? (
            <ul className="visually-hidden" aria-label={t('presentation.stage.lostHandoffs')}>
              {slide.lost.map((h) => (
                <li key={h.id}>
                  {t('presentation.stage.lostHandoff', { from: titleOf(h.fromId), to: titleOf(h.toId) })}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <KeyMessageList messages={slide.messages} slice={slice} channels={channels} />
      </div>
      <StageCurve slice={slice} current={slide.stageIndex} />
    </div>
  );
}

function StepColumn({
  step,
  density,
  numbers,
  channels,
  departments,
}: {
  step: SlideStep;
  density: Density;
  numbers: ReadonlyMap<string, number[]>;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
}) {
  const { t } = useTranslation();
  const parallel = step.touchpoints.length + step.hidden > 1;
  return (
    <li className="deck-step-col" aria-label={t('presentation.stage.step', { number: step.number })}>
      <p className="deck-step-number" aria-hidden="true">
        <span>{step.number}</span>
        {parallel ? <span className="deck-step-parallel">{t('presentation.stage.parallel')}</span> : null}
      </p>
      <ul className="deck-tps">
        {step.touchpoints.map((tp) => (
          <TouchpointItem
            key={tp.id}
            tp={tp}
            density={density}
            lost={numbers.get(tp.id)}
            channels={channels}
            departments={departments}
          />
        ))}
        {step.hidden > 0 ? <li className="deck-more">{t('presentation.stage.more', { count: step.hidden })}</li> : null}
      </ul>
    </li>
  );
}

function LostBadge({ numbers }: { numbers: readonly number[] | undefined }) {
  const { t } = useTranslation();
  if (!numbers || numbers.length === 0) return null;
  const label = t('presentation.stage.lostBadge', { count: numbers.length, numbers: numbers.join(', ') });
  return (
    <span className="deck-lost" title={label}>
      <span aria-hidden="true">⚠{numbers.join(',')}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

function TouchpointItem({
  tp,
  density,
  lost,
  channels,
  departments,
}: {
  tp: Touchpoint;
  density: Density;
  lost: readonly number[] | undefined;
  channels: ReadonlyMap<string, Channel>;
  departments: ReadonlyMap<string, DepartmentLook>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hyphenate = useHyphenate();
  const owner = tp.owner_department_id ? departments.get(tp.owner_department_id) : undefined;
  const channel =
    (tp.channel_id ? channels.get(tp.channel_id)?.name : undefined) || t('presentation.stage.unknownChannel');
  const feeling = t(`presentation.stage.feeling.${String(tp.emotion) as '0'}`);
  const emotionLabel = t('presentation.stage.emotion', {
    score: format.signed(tp.emotion),
    feeling,
  });
  const title = hyphenate(tp.title || t('presentation.stage.untitledTouchpoint'));
  const thought = tp.thinks.trim() || tp.feels.trim();
  const says = tp.says.trim();
  const flags = (
    <>
      {tp.back_channel ? (
        <span className="deck-flag" title={t('presentation.stage.backChannel')}>
          {mapIcons.backChannel}
          <span className="visually-hidden">{t('presentation.stage.backChannel')}</span>
        </span>
      ) : null}
      {tp.knows_history ? (
        <span className="deck-flag" title={t('presentation.stage.knowsHistory')}>
          {mapIcons.history}
          <span className="visually-hidden">{t('presentation.stage.knowsHistory')}</span>
        </span>
      ) : null}
    </>
  );
  return (
    <li
      className={`deck-tp is-${density}`}
      data-item={tp.id}
      style={{ ['--owner' as string]: owner?.color ?? '#9aa5b3' }}
    >
      <p className="deck-tp-channel">{channel}</p>
      <p className="deck-tp-title">{title}</p>
      {density === 'roomy' && (tp.customer_action || tp.company_response) ? (
        <p className="deck-tp-flow">
          {tp.customer_action ? (
            <span className="deck-tp-action">
              <span className="visually-hidden">{t('presentation.stage.customerAction')}: </span>
              {hyphenate(tp.customer_action)}
            </span>
          ) : null}
          {tp.customer_action && tp.company_response ? (
            <span className="deck-tp-arrow" aria-hidden="true">
              →
            </span>
          ) : null}
          {tp.company_response ? (
            <span className="deck-tp-response">
              <span className="visually-hidden">{t('presentation.stage.companyResponse')}: </span>
              {hyphenate(tp.company_response)}
            </span>
          ) : null}
        </p>
      ) : null}
      {density !== 'dense' && (thought || says) ? (
        <p className="deck-tp-voice">
          <span className="visually-hidden">{t('presentation.stage.voice')}: </span>
          {[thought, says ? t('presentation.stage.quote', { text: says }) : ''].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      <p className="deck-tp-meta">
        <span className={`deck-owner${owner ? '' : ' is-none'}`}>
          <span className="deck-owner-dot" aria-hidden="true" />
          <span className="deck-owner-name">{owner?.name || t('presentation.stage.noOwner')}</span>
        </span>
        <span className="deck-tp-flags">
          <LostBadge numbers={lost} />
          {flags}
          <EmotionFace emotion={tp.emotion} label={emotionLabel} />
        </span>
      </p>
    </li>
  );
}

function BackstageItem({
  step,
  numbers,
  departments,
}: {
  step: BackstageStep;
  numbers: ReadonlyMap<string, number[]>;
  departments: ReadonlyMap<string, DepartmentLook>;
}) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  const department = step.department_id ? departments.get(step.department_id) : undefined;
  return (
    <li className="deck-back" data-item={step.id} style={{ ['--owner' as string]: department?.color ?? '#9aa5b3' }}>
      <p className="deck-tp-title">{hyphenate(step.title || t('presentation.stage.untitledTouchpoint'))}</p>
      <p className="deck-tp-meta">
        <span className="deck-owner-name">{department?.name || t('presentation.stage.noDepartment')}</span>
        <LostBadge numbers={numbers.get(step.id)} />
      </p>
    </li>
  );
}
