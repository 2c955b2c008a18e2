/**
 * Whether a journey's map is still trusted: reviewed within the workspace's
 * interval, overdue, or never reviewed at all. Maps that nobody looks at go
 * stale on a shelf; the list flags them.
 */

export type ReviewState = 'never' | 'current' | 'overdue';

export interface ReviewStatus {
  state: ReviewState;
  /** Whole days since the last review (null when never reviewed). */
  days: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

export function reviewStatus(lastReviewedAt: string | null, intervalDays: number, now: number): ReviewStatus {
  if (!lastReviewedAt) return { state: 'never', days: null };
  const at = Date.parse(lastReviewedAt);
  if (Number.isNaN(at)) return { state: 'never', days: null };
  const days = Math.max(0, Math.floor((now - at) / DAY));
  return { state: days > intervalDays ? 'overdue' : 'current', days };
}
