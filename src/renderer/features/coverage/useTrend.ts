import { useEffect, useState } from 'react';
import { computeTrend, type TrendPoint } from '../../../shared/analysis';
import type { Change } from '../../../shared/changes';
import { useServices, useSession } from '../../app/ServicesContext';
import type { Scope } from './scope';
import { journeyChanges } from './trend-scope';

export type TrendState = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; points: TrendPoint[] };

/**
 * The weekly trend, fetched only while the trend view is open: the history can
 * hold a hundred thousand changes. `version` changes whenever the rows do
 * (after a `changed` event), and then the history is read again, so the last
 * week always matches what the other views show.
 */
export function useTrend(scope: Scope, version: unknown): TrendState {
  const { api } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const [history, setHistory] = useState<{ changes: Change[] } | 'loading' | 'failed'>('loading');

  useEffect(() => {
    if (!workspaceId) return;
    let current = true;
    api['changes.history']({ workspaceId }).then(
      (changes) => current && setHistory({ changes }),
      () => current && setHistory('failed'),
    );
    return () => {
      current = false;
    };
  }, [api, workspaceId, version]);

  const journeyId = scope.kind === 'journey' ? scope.journeyId : null;
  const [result, setResult] = useState<TrendState>({ state: 'loading' });
  useEffect(() => {
    if (history === 'loading' || history === 'failed') {
      setResult(history === 'failed' ? { state: 'failed' } : { state: 'loading' });
      return;
    }
    // Replaying runs after the "loading" text has painted; a long history takes up to a second.
    const timer = setTimeout(() => {
      const changes = journeyId ? journeyChanges(history.changes, journeyId) : history.changes;
      setResult({ state: 'ready', points: computeTrend(changes) });
    }, 0);
    return () => clearTimeout(timer);
  }, [history, journeyId]);
  return result;
}
