import { useEffect, useRef, useState } from 'react';
import type { ConsistencyReport } from '../../../../shared/messages';
import { useData, useServices, useSession } from '../../../app/ServicesContext';

interface Loaded {
  workspaceId: string;
  journeyId: string | null;
  report: ConsistencyReport;
}

/**
 * The consistency check of one journey, or (null) of the workspace, computed
 * on the desktop side (src/main/service/analyses.ts) and asked for again after
 * every change, so opening Messages never runs the check in the page.
 * `undefined` as the scope asks for nothing. Until the first answer for this
 * scope the result is undefined; after a change the last answer stays on
 * screen until the next one arrives. One question at a time, as in
 * useCoverageData: typing fast costs one check per answer, not per keystroke.
 */
export function useConsistency(journeyId: string | null | undefined): ConsistencyReport | undefined {
  const { api, toasts } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const revision = useData((s) => s.revision);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const wanted = useRef(revision);
  wanted.current = revision;
  const ask = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!workspaceId || journeyId === undefined) return;
    let alive = true;
    let out = false;
    ask.current = () => {
      if (!alive || out) return;
      const asked = wanted.current;
      out = true;
      api['analysis.consistency']({ workspaceId, journeyId }).then(
        (report) => {
          out = false;
          if (!alive) return;
          setLoaded({ workspaceId, journeyId, report });
          if (wanted.current !== asked) ask.current();
        },
        (err: unknown) => {
          out = false;
          if (alive) toasts.getState().report(err);
        },
      );
    };
    ask.current();
    return () => {
      alive = false;
      ask.current = () => undefined;
    };
  }, [api, toasts, workspaceId, journeyId]);

  useEffect(() => ask.current(), [revision]);

  return loaded && loaded.workspaceId === workspaceId && loaded.journeyId === journeyId ? loaded.report : undefined;
}
