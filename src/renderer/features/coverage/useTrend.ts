import { useEffect, useRef, useState } from 'react';
import type { TrendPoint } from '../../../shared/analysis';
import { useData, useServices, useSession } from '../../app/ServicesContext';
import type { Scope } from './scope';

export type TrendState = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; points: TrendPoint[] };

/**
 * The weekly trend, computed on the desktop side from the change history and
 * kept there as weekly summaries (see src/main/service/analyses.ts): the page
 * receives the points, never the history. Asked for again after every change,
 * one question at a time, so the last week always matches the other views.
 */
export function useTrend(scope: Scope): TrendState {
  const { api } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const revision = useData((s) => s.revision);
  const journeyId = scope.kind === 'journey' ? scope.journeyId : null;
  const [result, setResult] = useState<{ key: string; state: TrendState } | null>(null);
  const wanted = useRef(revision);
  wanted.current = revision;
  const ask = useRef<() => void>(() => undefined);
  const key = `${workspaceId ?? ''}:${journeyId ?? ''}`;

  useEffect(() => {
    if (!workspaceId) return;
    let alive = true;
    let out = false;
    ask.current = () => {
      if (!alive || out) return;
      out = true;
      const asked = wanted.current;
      api['analysis.trend']({ workspaceId, journeyId }).then(
        (points) => {
          out = false;
          if (!alive) return;
          setResult({ key, state: { state: 'ready', points } });
          if (wanted.current !== asked) ask.current();
        },
        () => {
          out = false;
          if (alive) setResult({ key, state: { state: 'failed' } });
        },
      );
    };
    ask.current();
    return () => {
      alive = false;
    };
  }, [api, workspaceId, journeyId, key]);

  useEffect(() => ask.current(), [revision]);

  return result && result.key === key ? result.state : { state: 'loading' };
}
