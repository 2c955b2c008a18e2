/**
 * The weeks worth drawing: from the first week that ended with a touchpoint.
 * Before that there was nothing to measure (a new workspace is created with
 * its catalogue weeks before anyone maps a journey), and a line starting at a
 * score of 0 would read as a collapse that never happened.
 */
export function measuredWeeks<P extends { touchpoints: number }>(points: readonly P[]): P[] {
  const first = points.findIndex((p) => p.touchpoints > 0);
  return first < 0 ? [] : points.slice(first);
}
