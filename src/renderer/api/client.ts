import {
  ApiError,
  EVENT_NAMES,
  METHODS,
  type ApiClient,
  type Envelope,
  type EventName,
  type Events,
  type EventSource,
  type Method,
  type WorkbenchBridge,
} from '../../shared/contract';
import { WEB_HOST_CALL_HEADER } from '../../shared/web-host';

declare global {
  interface Window {
    /** Present in the desktop app: set up by the preload. */
    workbench?: WorkbenchBridge;
  }
}

export type Transport = {
  call(method: Method, input: unknown): Promise<Envelope>;
} & EventSource;

function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.result;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/** The typed client the page uses, whatever carries the calls. */
export function createClient(transport: Transport): ApiClient {
  const entries = METHODS.map((method) => [
    method,
    async (input: unknown) => unwrap(await transport.call(method, input)),
  ]);
  return Object.fromEntries(entries) as ApiClient;
}

function ipcTransport(bridge: WorkbenchBridge): Transport {
  return { call: (method, input) => bridge.invoke(method, input), on: (event, listener) => bridge.on(event, listener) };
}

/** Characters of a request body sent with keepalive (the browser's budget is 64 KiB of bytes in flight). */
const KEEPALIVE_MAX_CHARS = 16_000;

/** The browser host: POST per call, server-sent events for pushes; the token travels as a cookie. */
function httpTransport(base: string): Transport {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let stream: globalThis.EventSource | null = null;
  const connect = () => {
    if (stream) return;
    stream = new globalThis.EventSource(`${base}/api/events`);
    for (const name of EVENT_NAMES) {
      stream.addEventListener(name, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never;
        for (const l of listeners.get(name) ?? []) l(payload);
      });
    }
  };
  return {
    async call(method, input) {
      const body = JSON.stringify(input ?? {});
      const post = (keepalive: boolean) =>
        fetch(`${base}/api/${method}`, {
          method: 'POST',
          // The host refuses calls without this header: another page on this machine cannot add it.
          headers: { 'Content-Type': 'application/json', [WEB_HOST_CALL_HEADER]: '1' },
          body,
          credentials: 'same-origin',
          keepalive,
        });
      // A save sent as the page goes away (reload, closed tab) must still arrive: the browser lets
      // keepalive requests outlive the page, within 64 KiB in flight. Past that budget it refuses
      // at once, and the request goes again as an ordinary one.
      const res = body.length < KEEPALIVE_MAX_CHARS ? await post(true).catch(() => post(false)) : await post(false);
      const type = res.headers.get('content-type') ?? '';
      if (!type.includes('application/json')) {
        return { ok: false, error: { code: res.status === 401 ? 'forbidden' : 'internal', message: await res.text() } };
      }
      return (await res.json()) as Envelope;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      connect();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const l = listener as (payload: never) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
}

export function defaultTransport(): Transport {
  return window.workbench ? ipcTransport(window.workbench) : httpTransport('');
}
