import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Touchpoint } from '../../../shared/schema/tables';
import { emotionColour, emotionSign } from '../../../shared/emotion';
import { mapIcons } from './map-icons';

export interface CardLook {
  x: number;
  y: number;
  ownerName: string | null;
  ownerColor: string | null;
  stageName: string;
  channelName: string;
  selected: boolean;
  /** Takes Tab into the map (roving focus). */
  active: boolean;
  dimmed: boolean;
  hit: boolean;
  connectSource: boolean;
}

/**
 * The card texts, translated once per language rather than once per card: with
 * 500 cards, per-card translation calls were a visible part of opening a map.
 * `label` is the accessible-name pattern with {title}-style slots.
 */
export interface CardTexts {
  label: string;
  says: string;
  /** "“{text}”" in the reader's quotation marks. */
  quote: string;
  thinks: string;
  feels: string;
  pain: string;
  untitled: string;
  noOwner: string;
  backChannel: string;
  knowsHistory: string;
  connectHandle: string;
  emotion: Record<number, string>;
}

export function cardTexts(t: TFunction): CardTexts {
  const slot = (name: string) => `{${name}}`;
  return {
    label: t('map.card.label', {
      title: slot('title'),
      channel: slot('channel'),
      stage: slot('stage'),
      owner: slot('owner'),
      emotion: slot('emotion'),
    }),
    untitled: t('map.card.untitled'),
    says: t('map.card.says'),
    quote: t('map.card.quote', { text: '{text}' }),
    thinks: t('map.card.thinks'),
    feels: t('map.card.feels'),
    pain: t('map.card.pain'),
    noOwner: t('map.card.noOwner'),
    backChannel: t('map.card.backChannel'),
    knowsHistory: t('map.card.knowsHistory'),
    connectHandle: t('map.card.connectHandle', { title: slot('title') }),
    emotion: {
      [-2]: t('map.card.emotion.-2'),
      [-1]: t('map.card.emotion.-1'),
      0: t('map.card.emotion.0'),
      1: t('map.card.emotion.1'),
      2: t('map.card.emotion.2'),
    },
  };
}

/** Fill {name} slots of a translated pattern (the values are data: used as they are). */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function sameLook(a: CardLook, b: CardLook): boolean {
  for (const key of Object.keys(a) as (keyof CardLook)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** The customer's own voice on the card, short: what they say, else think, else feel. */
function voiceOf(tp: Touchpoint, texts: CardTexts): { kind: string; label: string; text: string } | null {
  if (tp.says.trim()) return { kind: 'says', label: texts.says, text: fill(texts.quote, { text: tp.says.trim() }) };
  if (tp.thinks.trim()) return { kind: 'thinks', label: texts.thinks, text: tp.thinks.trim() };
  if (tp.feels.trim()) return { kind: 'feels', label: texts.feels, text: tp.feels.trim() };
  return null;
}

/**
 * One touchpoint on the map. Purely presentational: the canvas handles clicks,
 * keys and drags for all cards at once (event delegation), and every prop is
 * a primitive, the row itself (rows keep their identity while unchanged, see
 * stable.ts) or the per-language texts, so memo skips every card that did not change.
 */
export const TouchpointCard = memo(
  function TouchpointCard({ tp, look, texts }: { tp: Touchpoint; look: CardLook; texts: CardTexts }) {
    const title = tp.title || texts.untitled;
    const owner = look.ownerName ?? texts.noOwner;
    const emotion = texts.emotion[tp.emotion] ?? '';
    const voice = voiceOf(tp, texts);
    const className = [
      'tp-card',
      look.selected ? 'is-selected' : '',
      look.dimmed ? 'is-dimmed' : '',
      look.hit ? 'is-hit' : '',
      look.connectSource ? 'is-source' : '',
      look.ownerColor ? '' : 'no-owner',
    ].join(' ');
    return (
      <div
        className={className}
        data-id={tp.id}
        role="button"
        tabIndex={look.active ? 0 : -1}
        draggable
        aria-pressed={look.selected}
        aria-label={fill(texts.label, { title, channel: look.channelName, stage: look.stageName, owner, emotion })}
        style={{ left: look.x, top: look.y, ['--owner' as string]: look.ownerColor ?? '#9aa5b3' }}
      >
        <p className="tp-title">{title}</p>
        {voice ? (
          <p className={`tp-voice ${voice.kind}`} title={`${voice.label}: ${voice.text}`}>
            <span className="visually-hidden">{voice.label}: </span>
            {voice.text}
          </p>
        ) : null}
        <div className="tp-meta" aria-hidden="true">
          <span className="tp-owner">{owner}</span>
          <span className="tp-icons">
            {tp.back_channel ? (
              <span className="tp-icon" title={texts.backChannel}>
                {mapIcons.backChannel}
              </span>
            ) : null}
            {tp.knows_history ? (
              <span className="tp-icon" title={texts.knowsHistory}>
                {mapIcons.history}
              </span>
            ) : null}
            {tp.pain_points.trim() ? (
              <span className="tp-icon tp-pain" title={`${texts.pain}: ${tp.pain_points.trim()}`}>
                {mapIcons.pain}
              </span>
            ) : null}
            <span className="tp-emotion" style={{ background: emotionColour(tp.emotion) }} title={emotion}>
              {emotionSign(tp.emotion)}
            </span>
          </span>
        </div>
        <span className="tp-handle" data-handle="" aria-hidden="true" title={fill(texts.connectHandle, { title })} />
      </div>
    );
  },
  (before, after) => before.tp === after.tp && before.texts === after.texts && sameLook(before.look, after.look),
);
