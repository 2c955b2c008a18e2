import type { EventName, Events } from '../../shared/contract';
import { migrations, tempDir } from '../store/test-support';
import { dispatch } from './registry';
import { createService, type ServiceDeps } from './service';

/** Tests only: the desktop services on a data folder of their own, called through the contract as the page does. */

export interface TestServiceOptions {
  dataDir?: string;
  now?: () => number;
  sync?: ServiceDeps['sync'];
  systemLanguage?: string;
  version?: string;
}

export function testService(options: TestServiceOptions = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const events: { event: EventName; payload: unknown }[] = [];
  const service = createService({
    dataDir,
    migrations,
    info: {
      name: 'Omnichannel Workbench',
      version: options.version ?? 'test',
      host: 'web',
      systemLanguage: options.systemLanguage ?? 'en',
    },
    emit: <E extends EventName>(event: E, payload: Events[E]) => events.push({ event, payload }),
    now: options.now,
    sync: options.sync,
  });
  const call = <T = unknown>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<T>;
  return { dataDir, events, service, call };
}

/** Polls `probe` until it gives a value (background sync settles in its own time). */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
