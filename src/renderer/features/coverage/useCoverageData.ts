import { useEffect, useRef, useState } from 'react';
import type { Analysis } from '../../../shared/analysis';
import { useData, useServices, useSession } from '../../app/ServicesContext';
import { namesFrom, type Names } from './names';

export interface CoverageData {
  analysis: Analysis;
  names: Names;
}

/**
 * The workspace's analysis, computed on the desktop side (see
 * src/main/service/analyses.ts) and asked for again after every change; the
 * page never holds or walks the rows for it. Undefined until the first answer.
 * One question at a time: changes arriving while one is out are answered by
 * the next, so typing fast costs one analysis per answer, not per keystroke,
 * and an answer is never thrown away only because the user kept typing.
 */
export function useCoverageData(): CoverageData | undefined {
  const { api, toasts } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const revision = useData((s) => s.revision);
  const [loaded, setLoaded] = useState<{ workspaceId: string; data: CoverageData } | undefined>();
  const wanted = useRef({ workspaceId, revision });
  wanted.current = { workspaceId, revision };
  const ask = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!workspaceId) return;
    let alive = true;
    let out: number | null = null;
    ask.current = () => {
      if (!alive || out !== null) return;
      const asked = wanted.current.revision;
      out = asked;
      api['analysis.coverage']({ workspaceId }).then(
        (result) => {
          out = null;
          if (!alive) return;
          setLoaded({ workspaceId, data: { analysis: result.analysis, names: namesFrom(result.names) } });
          if (wanted.current.revision !== asked) ask.current();
        },
        (err: unknown) => {
          out = null;
          if (alive) toasts.getState().report(err);
        },
      );
    };
    ask.current();
    return () => {
      alive = false;
    };
  }, [api, toasts, workspaceId]);

  useEffect(() => ask.current(), [revision]);

  return loaded && loaded.workspaceId === workspaceId ? loaded.data : undefined;
}
