/** Colours and sizes shared by the journey and coverage print layouts. */
export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const RULE = '#d1d5db';
export const HEADER_FILL = '#f3f4f6';
export const CARD_FILL = '#ffffff';
export const WARN = '#b91c1c';
export const ACCENT = '#2563eb';
export const MARGIN = 28;

/** A department colour when it is a plain #rrggbb, otherwise grey (the colour column is user data). */
export function safeColour(colour: string | undefined): string {
  return colour !== undefined && /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#94a3b8';
}
