import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { simulateJourney } from '../../../../shared/messages';
import type { Journey } from '../../../../shared/schema/tables';
import { channelName, conditionText, eventText, variantName } from '../labels';
import { useMessagesUi, useMessagesUiStore } from '../MessagesUiContext';
import { ChannelPreview, senderOf } from '../previews/ChannelPreview';
import type { MessagesData } from '../useMessagesData';
import { PathBuilder } from './PathBuilder';
import { reasonText } from './reason-text';

/** The journey simulator: a customer path, and step by step which variant that customer gets and why. */
export function SimulatorView({ data, journey }: { data: MessagesData; journey: Journey }) {
  const { t } = useTranslation();
  const ui = useMessagesUiStore();
  const path = useMessagesUi((s) => s.path);
  const wantedStep = useMessagesUi((s) => s.step);
  const steps = useMemo(
    () =>
      simulateJourney({
        stages: data.stages.filter((s) => s.journey_id === journey.id),
        touchpoints: data.touchpoints.filter((tp) => tp.journey_id === journey.id),
        channels: data.channels,
        messages: data.messages,
        variants: data.variants,
        facts: data.factValues,
        path,
      }),
    [data, journey.id, path],
  );
  const touchpoints = new Map(data.touchpoints.map((tp) => [tp.id, tp]));
  const stages = new Map(data.stages.map((s) => [s.id, s]));
  const titleOf = (id: string) => touchpoints.get(id)?.title || t('messages.outline.untitled');
  const index = Math.min(wantedStep, Math.max(0, steps.length - 1));
  const step = steps[index];

  return (
    <div className="simulator">
      <PathBuilder
        path={path}
        stepTitles={steps.map((s) => titleOf(s.touchpointId))}
        data={data}
        onChange={(p) => ui.getState().setPath(p)}
      />
      {steps.length === 0 ? (
        <p className="card">{t('messages.outline.empty')}</p>
      ) : (
        <div className="sim-body">
          <ol className="sim-steps" aria-label={t('messages.simulator.stepsLabel')}>
            {steps.map((s) => (
              <li key={s.touchpointId}>
                <button
                  type="button"
                  className="sim-step"
                  aria-current={s.index === index ? 'step' : undefined}
                  onClick={() => ui.getState().setStep(s.index)}
                >
                  <span className="sim-step-number" aria-hidden="true">
                    {s.index + 1}
                  </span>
                  <span className="sim-step-text">
                    <span className="sim-step-title">{titleOf(s.touchpointId)}</span>
                    <span className="muted">
                      {stages.get(s.stageId ?? '')?.name ?? t('messages.outline.noStage')} ·{' '}
                      {channelName(t, data.channelById, s.channelId)}
                    </span>
                    <span className={`sim-choice${s.variant ? '' : ' none'}`}>
                      {s.variant
                        ? conditionText(t, data.channelById, s.variant.condition)
                        : t('messages.simulator.nothing')}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {step ? (
            <section className="card sim-detail" aria-labelledby="sim-step-title">
              <div className="sim-nav">
                <button
                  type="button"
                  className="button small"
                  disabled={index === 0}
                  onClick={() => ui.getState().setStep(index - 1)}
                >
                  {t('messages.simulator.previous')}
                </button>
                <span>{t('messages.simulator.stepOf', { n: index + 1, total: steps.length })}</span>
                <button
                  type="button"
                  className="button small"
                  disabled={index === steps.length - 1}
                  onClick={() => ui.getState().setStep(index + 1)}
                >
                  {t('messages.simulator.next')}
                </button>
              </div>
              <h3 id="sim-step-title">{titleOf(step.touchpointId)}</h3>
              <p className="sim-known">
                {step.history.length === 0
                  ? t('messages.simulator.knowsNothing')
                  : t('messages.simulator.knows', {
                      events: step.history.map((e) => eventText(t, data.channelById, e)).join('; '),
                    })}
              </p>
              {/* Announced when the step or the path changes: which variant, and why. */}
              <div aria-live="polite" className="sim-outcome">
                <p className="sim-result">
                  <strong>
                    {step.variant ? variantName(t, data.channelById, step.variant) : t('messages.simulator.nothing')}
                  </strong>
                </p>
                <p className="sim-reason">{reasonText(t, step, data.variants, data.channelById)}</p>
              </div>
              {step.variant && step.rendered ? (
                <>
                  <ChannelPreview
                    kind={data.channelById.get(step.channelId ?? '')?.kind ?? 'other'}
                    texts={step.rendered}
                    sender={senderOf(
                      data.channelById.get(step.channelId ?? ''),
                      data.workspace?.name || t('workspace.unnamed'),
                    )}
                    caption={variantName(t, data.channelById, step.variant)}
                  />
                  <button
                    type="button"
                    className="link"
                    onClick={() => ui.getState().goTo({ touchpointId: step.touchpointId, variantId: step.variant?.id })}
                  >
                    {t('messages.simulator.edit')}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="link"
                  onClick={() => ui.getState().goTo({ touchpointId: step.touchpointId })}
                >
                  {t('messages.simulator.write')}
                </button>
              )}
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
