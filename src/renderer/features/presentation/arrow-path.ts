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
 * right; otherwise (the same step, or back in time) a detour above both
 * cards, so the arrow is never hidden behind the cards it joins.
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
  const above = Math.min(from.top, to.top) - CLEAR;
  const out = sx + CLEAR;
  const back = tx - CLEAR;
  return `M ${sx} ${sy} L ${out} ${sy} L ${out} ${above} L ${back} ${above} L ${back} ${ty} L ${tx} ${ty}`;
}
