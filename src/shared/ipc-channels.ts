import type { EventName } from './contract';

/** Every call uses this one channel; the method travels as its first argument. */
export const IPC_CALL = 'workbench:call';

export function ipcEventChannel(event: EventName): string {
  return `workbench:event:${event}`;
}
