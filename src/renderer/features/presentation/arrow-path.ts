/** A card's box relative to the drawing the arrows are in. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between an arrow and the cards it passes. */
const CLEAR = 10;

/**
 * The SVG path of an arrow from one card to another: a curve from the right
 * edge of the first to the left edge of the second when it lies further
 * right. Otherwise (the same step, or back in time) the arrow leaves to the
 * right and comes back into the target's right edge — straight down or up
 * beside one column, or over the top of the cards between — so it stays in the
 * gutters between step columns and is never cut off at the slide's left edge,
 * where the first column has no gutter.
 */
export function arrowPath(from: Box, to: Box): string {
  const sx = from.right;
  const sy = (from.top + from.bottom) / 2;
  const tx = to.left;
  const ty = (to.top + to.bottom) / 2;
  if (tx >= sx + 2 * CLEAR) {
    const bend = Math.max(CLEAR * 2, (tx - sx) / 2);
    return `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
  }
  const out = sx + CLEAR;
  const end = to.right;
  const into = end + CLEAR;
  if (Math.abs(into - out) < 1) return `M ${sx} ${sy} L ${out} ${sy} L ${out} ${ty} L ${end} ${ty}`;
  const above = Math.min(from.top, to.top) - CLEAR;
  return `M ${sx} ${sy} L ${out} ${sy} L ${out} ${above} L ${into} ${above} L ${into} ${ty} L ${end} ${ty}`;
}
