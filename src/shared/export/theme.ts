/** Colours and sizes shared by the journey and coverage print layouts. */
export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const RULE = '#d1d5db';
export const HEADER_FILL = '#f3f4f6';
export const CARD_FILL = '#ffffff';
export const WARN = '#b91c1c';
export const ACCENT = '#2563eb';
export const MARGIN = 28;

/** Emotion −2…+2 as a colour a reader tells apart in print. */
export const EMOTION_COLOURS: Readonly<Record<number, string>> = {
  [-2]: '#dc2626',
  [-1]: '#f97316',
  0: '#9ca3af',
  1: '#84cc16',
  2: '#16a34a',
};

export function emotionText(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : '0';
}

/** A department colour when it is a plain #rrggbb, otherwise grey (the colour column is user data). */
export function safeColour(colour: string | undefined): string {
  return colour !== undefined && /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#94a3b8';
}
