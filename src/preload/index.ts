import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_NAMES,
  isMethod,
  type Envelope,
  type EventName,
  type Events,
  type WorkbenchBridge,
} from '../shared/contract';
import { IPC_CALL, ipcEventChannel } from '../shared/ipc-channels';

/**
 * The page gets `window.workbench`: call a contract method, listen to a
 * contract event. No raw ipcRenderer, no other channel.
 */
const bridge: WorkbenchBridge = {
  invoke(method, input) {
    if (!isMethod(method))
      return Promise.resolve<Envelope>({
        ok: false,
        error: { code: 'not_found', message: `unknown method "${String(method)}"` },
      });
    return ipcRenderer.invoke(IPC_CALL, method, input) as Promise<Envelope>;
  },
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event "${String(event)}"`);
    const channel = ipcEventChannel(event);
    const wrapped = (_e: IpcRendererEvent, payload: Events[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
