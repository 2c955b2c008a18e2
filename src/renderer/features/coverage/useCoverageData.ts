import { useMemo } from 'react';
import { analyzeWorkspace, type Analysis, type WorkspaceData } from '../../../shared/analysis';
import { useRows } from '../../app/ServicesContext';
import { namesOf, type Names } from './names';

export interface CoverageData {
  data: WorkspaceData;
  analysis: Analysis;
  names: Names;
}

/**
 * The workspace's rows and their analysis, undefined while a table loads.
 * The data store reloads a table when `changed` reports it, which gives that
 * table a new array; the memo keys on the arrays, so the analysis reruns
 * exactly when something it reads has changed (well under 50 ms even for a
 * large workspace, so no debouncing or worker).
 */
export function useCoverageData(): CoverageData | undefined {
  const departments = useRows('departments');
  const channels = useRows('channels');
  const personas = useRows('personas');
  const journeys = useRows('journeys');
  const stages = useRows('stages');
  const touchpoints = useRows('touchpoints');
  const transitions = useRows('transitions');
  const messages = useRows('messages');
  const variants = useRows('variants');
  const facts = useRows('facts');
  const backstageSteps = useRows('backstage_steps');
  const backstageLinks = useRows('backstage_links');
  const backstageHandoffs = useRows('backstage_handoffs');

  const data = useMemo((): WorkspaceData | undefined => {
    if (!departments || !channels || !personas || !journeys || !stages || !touchpoints || !transitions)
      return undefined;
    if (!messages || !variants || !facts) return undefined;
    if (!backstageSteps || !backstageLinks || !backstageHandoffs) return undefined;
    return {
      departments,
      channels,
      personas,
      journeys,
      stages,
      touchpoints,
      transitions,
      messages,
      variants,
      facts,
      backstageSteps,
      backstageLinks,
      backstageHandoffs,
    };
  }, [
    departments,
    channels,
    personas,
    journeys,
    stages,
    touchpoints,
    transitions,
    messages,
    variants,
    facts,
    backstageSteps,
    backstageLinks,
    backstageHandoffs,
  ]);

  // One object per data change, so everything memoised on it downstream recomputes only then.
  return useMemo(() => (data ? { data, analysis: analyzeWorkspace(data), names: namesOf(data) } : undefined), [data]);
}
