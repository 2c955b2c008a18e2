import { Agent, request } from 'node:http';
import { HybridClock, randomNodeId } from '../src/shared/hlc';

/**
 * The devices of bench/sync.ts's latency run, in a process of their own so
 * that preparing and timing 1000 requests does not share the server's event
 * loop. argv[2]: JSON { url, tokens, pushes, perPush, thinkMs }. Prints the
 * sorted latencies (ms) as JSON.
 */

interface Load {
  url: string;
  tokens: string[];
  pushes: number;
  perPush: number;
  thinkMs: number;
}

function post(agent: Agent, url: URL, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function device(load: Load, url: URL, token: string, latencies: number[]): Promise<void> {
  // Its own kept-alive connection, as a real device has.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const clock = new HybridClock(randomNodeId(), () => Date.now() - 60_000);
  const bodies = Array.from({ length: load.pushes }, () =>
    JSON.stringify({
      changes: Array.from({ length: load.perPush }, (_, i) => ({
        table: 'touchpoints',
        row: `tp-${String(i).padStart(8, '0')}`,
        column: 'title',
        value: `Touchpoint ${i}`,
        hlc: clock.send(),
      })),
    }),
  );
  await post(agent, url, token, '{"changes":[]}');
  for (const body of bodies) {
    if (load.thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * 2 * load.thinkMs));
    const start = performance.now();
    const status = await post(agent, url, token, body);
    latencies.push(performance.now() - start);
    if (status !== 200) throw new Error(`push answered ${status}`);
  }
  agent.destroy();
}

async function main(): Promise<void> {
  const load = JSON.parse(process.argv[2]!) as Load;
  const url = new URL(load.url);
  const latencies: number[] = [];
  await Promise.all(load.tokens.map((token) => device(load, url, token, latencies)));
  process.stdout.write(JSON.stringify(latencies.sort((a, b) => a - b)));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
