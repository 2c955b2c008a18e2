/**
 * How a customer's emotion (−2 … +2) looks, wherever it is shown: the cards,
 * the side panel, the curve on screen, the presentation and the print. One
 * palette, dark enough for white text on it and told apart in greyscale print
 * by its lightness as well as its hue.
 */
export const EMOTION_VALUES = [-2, -1, 0, 1, 2] as const;
export type EmotionValue = (typeof EMOTION_VALUES)[number];

const PALETTE: Readonly<Record<EmotionValue, string>> = {
  [-2]: '#b42318',
  [-1]: '#d9622b',
  0: '#7b8593',
  1: '#3f8f5a',
  2: '#15803d',
};

/** The nearest whole emotion, so a mean such as −0.6 takes the colour of −1. */
export function nearestEmotion(value: number): EmotionValue {
  return Math.max(-2, Math.min(2, Math.round(value))) as EmotionValue;
}

export function emotionColour(value: number): string {
  return PALETTE[nearestEmotion(Number.isFinite(value) ? value : 0)];
}

/** The score as printed and shown: "+1", "0", "−2" (a real minus sign, not a hyphen). */
export function emotionSign(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}
