import { checkConsistency, type ConsistencyReport } from '../../../../shared/messages';
import type { MessagesData } from '../useMessagesData';

/** The consistency check over the rows the section holds: one journey, or every active journey when none is named. */
export function consistencyReport(
  data: MessagesData,
  lastEdited: ReadonlyMap<string, string>,
  journeyId?: string,
): ConsistencyReport {
  const workspace = data.workspace;
  return checkConsistency({
    journeys: data.allJourneys,
    touchpoints: data.touchpoints,
    channels: data.channels,
    facts: data.facts,
    messages: data.messages,
    variants: data.variants,
    bannedTerms: workspace?.banned_terms ?? [],
    requiredTerms: workspace?.required_terms ?? [],
    lastEdited,
    ...(journeyId !== undefined ? { journeyIds: [journeyId] } : {}),
  });
}

/** Errors and warnings (not notes) per touchpoint or variant id. */
export function problemCounts(report: ConsistencyReport, key: 'touchpointId' | 'variantId'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of report.findings) {
    const id = f[key];
    if (id !== undefined && f.severity !== 'info') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
