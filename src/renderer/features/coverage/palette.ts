/**
 * Colours for channels in the stacked bars. Channels have no colour of their
 * own (departments do), so each gets one by its position in the workspace's
 * channel order — the same channel keeps its colour in every scope. Sixteen
 * colours, distinguishable and dark enough for white separators between segments.
 */
const CHANNEL_COLOURS = [
  '#2b5c8a',
  '#d4883a',
  '#3f8f6b',
  '#b5485d',
  '#7a5aa6',
  '#4aa3b5',
  '#a07c2c',
  '#5f6f82',
  '#8fb14a',
  '#c0618f',
  '#2f7d9e',
  '#c9702e',
  '#6b4f3a',
  '#4b6cc1',
  '#9a9a2e',
  '#7d3f56',
];

export function channelColour(index: number): string {
  return CHANNEL_COLOURS[((index % CHANNEL_COLOURS.length) + CHANNEL_COLOURS.length) % CHANNEL_COLOURS.length]!;
}
