import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { EventName, Events } from '../../shared/contract';
import { IPC_CALL, ipcEventChannel } from '../../shared/ipc-channels';
import { callEnveloped } from '../service/envelope';
import type { Handlers } from '../service/registry';

/**
 * All contract methods over one IPC channel, generated from the handler map:
 * no hand-written channel per method. Calls from any frame but our own window's
 * top-level app page are refused.
 */
export function serveIpc(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'call from an untrusted frame refused' } };
    }
    return callEnveloped(handlers, typeof method === 'string' ? method : '', input);
  });
  return () => ipcMain.removeHandler(IPC_CALL);
}

export function pushEvent<E extends EventName>(window: BrowserWindow | null, event: E, payload: Events[E]): void {
  if (window && !window.isDestroyed()) window.webContents.send(ipcEventChannel(event), payload);
}
