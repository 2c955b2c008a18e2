import type { ConsistencyReport } from '../../../../shared/messages';

/** Errors and warnings (not notes) per touchpoint or variant id. */
export function problemCounts(report: ConsistencyReport, key: 'touchpointId' | 'variantId'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of report.findings) {
    const id = f[key];
    if (id !== undefined && f.severity !== 'info') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
