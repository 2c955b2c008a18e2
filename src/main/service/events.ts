import type { EventName, Events } from '../../shared/contract';

type Listener = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Fans service events out to the transports' listeners (windows, SSE streams). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit = <E extends EventName>(event: E, payload: Events[E]): void => {
    for (const listener of this.listeners) listener(event, payload);
  };
}
