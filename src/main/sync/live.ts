import { readEventStream } from '../../shared/sse';
import { backoffDelay, type Backoff, type TimerHandle, type Timers } from './timers';

/**
 * The server's live notifications for one workspace, kept open: reconnects
 * with back-off when the stream drops or the server is unreachable. A
 * (re)connect is itself news, since notifications may have been missed.
 */

export interface LiveOptions {
  open(signal: AbortSignal): Promise<Response>;
  onEvent(name: string, data: string): void;
  onConnected(connected: boolean): void;
  timers: Timers;
  random: () => number;
  backoff: Backoff;
}

export class LiveConnection {
  private abort: AbortController | null = null;
  private timer: TimerHandle | null = null;
  private attempt = 0;
  private stopped = true;

  constructor(private readonly options: LiveOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.options.timers.clear(this.timer);
    this.timer = null;
    this.abort?.abort();
    this.abort = null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const abort = new AbortController();
    this.abort = abort;
    let connected = false;
    try {
      const res = await this.options.open(abort.signal);
      if (!res.body) throw new Error('no event stream');
      connected = true;
      this.attempt = 0;
      this.options.onConnected(true);
      await readEventStream(res.body as unknown as AsyncIterable<Uint8Array>, (name, data) =>
        this.options.onEvent(name, data),
      );
    } catch {
      // unreachable, refused or cut off: retried below
    }
    if (connected) this.options.onConnected(false);
    if (this.stopped || abort.signal.aborted) return;
    const delay = backoffDelay(this.attempt++, this.options.backoff, this.options.random);
    this.timer = this.options.timers.set(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }
}
