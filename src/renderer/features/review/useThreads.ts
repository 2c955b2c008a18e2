import { useMemo } from 'react';
import { threadsByTarget, type Thread } from '../../../shared/review/threads';
import { useRows } from '../../app/ServicesContext';

const NONE: ReadonlyMap<string, Thread[]> = new Map();

/** Every comment thread of the workspace, keyed `table:id` (see targetKey). */
export function useThreads(): ReadonlyMap<string, Thread[]> {
  const comments = useRows('comments');
  return useMemo(() => (comments ? threadsByTarget(comments) : NONE), [comments]);
}
