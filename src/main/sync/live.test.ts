import { describe, expect, it } from 'vitest';
import { LiveConnection } from './live';
import { readEventStream } from '../../shared/sse';
import { ManualTimers } from './testing';
import { backoffDelay } from './timers';

function stream(chunks: string[]): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (const c of chunks) yield new TextEncoder().encode(c);
  })();
}

describe('server-sent events', () => {
  it('parses events split anywhere across chunks, skipping comments', async () => {
    const events: [string, string][] = [];
    await readEventStream(
      stream([
        'retry: 2000\nevent: re',
        'ady\ndata: {"seq":0}\n\n: ping\n\nevent: changes\r\n',
        'data: {"seq":3}\r\n\r\ndata: plain\n\n',
      ]),
      (n, d) => events.push([n, d]),
    );
    expect(events).toEqual([
      ['ready', '{"seq":0}'],
      ['changes', '{"seq":3}'],
      ['message', 'plain'],
    ]);
  });
});

describe('LiveConnection', () => {
  it('reconnects with back-off after failures and after the stream ends, and stops for good', async () => {
    const timers = new ManualTimers();
    const seen: string[] = [];
    let opens = 0;
    const live = new LiveConnection({
      open: async () => {
        opens += 1;
        if (opens <= 2) throw new Error('offline');
        return new Response(new TextEncoder().encode('event: ready\ndata: {"seq":1}\n\n'));
      },
      onEvent: (name) => seen.push(name),
      onConnected: (c) => seen.push(c ? 'up' : 'down'),
      timers,
      random: () => 1,
      backoff: { baseMs: 100, maxMs: 1000 },
    });
    live.start();
    const settle = () => new Promise((r) => setTimeout(r, 10));
    await settle();
    expect(timers.nextDelay()).toBe(100);
    timers.fireNext();
    await settle();
    expect(timers.nextDelay()).toBe(200);
    timers.fireNext();
    await settle();
    expect(seen).toEqual(['up', 'ready', 'down']);
    // The stream ended: try again, starting the back-off afresh.
    expect(timers.nextDelay()).toBe(100);
    live.stop();
    expect(timers.pending).toBe(0);
  });
});

describe('backoffDelay', () => {
  it('doubles up to the maximum, with jitter between half and all of it', () => {
    const b = { baseMs: 1000, maxMs: 8000 };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, b, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(2, b, () => 0)).toBe(2000);
  });
});
