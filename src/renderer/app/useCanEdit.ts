import { useSync } from './ServicesContext';

/**
 * Whether this device may edit the current workspace. A member with the viewer
 * role (executives reviewing) sees everything and may comment and approve, but
 * gets no editing controls; the service and the server refuse such edits too.
 */
export function useCanEdit(): boolean {
  return useSync((s) => s.status?.role !== 'viewer');
}
