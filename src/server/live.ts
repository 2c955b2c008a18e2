import type { ServerResponse } from 'node:http';
import { ACCESS_CHANNEL, CHANGES_CHANNEL, type AccessNotice, type ChangesNotice } from './channels';
import type { Sql } from './sql';

/**
 * Server-sent events per workspace. Every instance LISTENs on the database, so
 * a push stored through any instance reaches the streams of all of them. A
 * stream is closed when its token expires or its access changes; the client
 * reconnects and is authorised afresh, so a removed member hears nothing more.
 */

export interface LiveStream {
  workspaceId: string;
  accountId: string;
  tokenHash: string;
  expiresAt: number;
  /** The client's address: streams are capped per token and per address. */
  address: string;
  res: ServerResponse;
}

export interface StreamCaps {
  perToken: number;
  perAddress: number;
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

export class LiveHub {
  private readonly streams = new Map<string, Set<LiveStream>>();
  private readonly perToken = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private stops: (() => Promise<void>)[] = [];
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number,
    private readonly heartbeatMs: number,
    private readonly caps: StreamCaps,
  ) {}

  /** Why one more stream for this token and address is refused, or null when it may open. */
  refusal(tokenHash: string, address: string): string | null {
    if ((this.perToken.get(tokenHash) ?? 0) >= this.caps.perToken)
      return `at most ${this.caps.perToken} live streams per sign-in are open already`;
    if ((this.perAddress.get(address) ?? 0) >= this.caps.perAddress)
      return `at most ${this.caps.perAddress} live streams per client address are open already`;
    return null;
  }

  async start(): Promise<void> {
    this.stops.push(
      await this.sql.listen(
        CHANGES_CHANNEL,
        (p) => this.onChanges(p),
        () => this.resync(),
      ),
    );
    this.stops.push(
      await this.sql.listen(
        ACCESS_CHANNEL,
        (p) => this.onAccess(p),
        () => this.resync(),
      ),
    );
    this.heartbeat = setInterval(() => this.beat(), this.heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  add(stream: LiveStream, seq: number): void {
    let set = this.streams.get(stream.workspaceId);
    if (!set) this.streams.set(stream.workspaceId, (set = new Set()));
    set.add(stream);
    bump(this.perToken, stream.tokenHash, 1);
    bump(this.perAddress, stream.address, 1);
    stream.res.on('close', () => this.remove(stream));
    stream.res.write(`retry: 2000\nevent: ready\ndata: {"seq":${seq}}\n\n`);
  }

  private remove(stream: LiveStream): void {
    const set = this.streams.get(stream.workspaceId);
    if (!set?.delete(stream)) return;
    bump(this.perToken, stream.tokenHash, -1);
    bump(this.perAddress, stream.address, -1);
    if (set?.size === 0) this.streams.delete(stream.workspaceId);
  }

  private end(stream: LiveStream, reason: string): void {
    this.remove(stream);
    stream.res.end(`event: closed\ndata: ${JSON.stringify({ reason })}\n\n`);
  }

  private onChanges(payload: string): void {
    let notice: ChangesNotice;
    try {
      notice = JSON.parse(payload) as ChangesNotice;
    } catch {
      return;
    }
    const now = this.now();
    for (const stream of [...(this.streams.get(notice.w) ?? [])]) {
      if (stream.expiresAt <= now) this.end(stream, 'token expired');
      else stream.res.write(`event: changes\ndata: {"seq":${Number(notice.s)}}\n\n`);
    }
  }

  private onAccess(payload: string): void {
    let notice: AccessNotice;
    try {
      notice = JSON.parse(payload) as AccessNotice;
    } catch {
      return;
    }
    for (const set of [...this.streams.values()]) {
      for (const stream of [...set]) {
        const workspace = notice.w === null || notice.w === stream.workspaceId;
        const who =
          (notice.a !== undefined && notice.a === stream.accountId) ||
          (notice.t !== undefined && notice.t === stream.tokenHash);
        if (workspace && who) this.end(stream, 'access changed');
      }
    }
  }

  /** After a lost LISTEN connection: notifications may be missing, so tell everyone to pull. */
  private resync(): void {
    for (const set of this.streams.values()) for (const stream of set) stream.res.write('event: resync\ndata: {}\n\n');
  }

  private beat(): void {
    const now = this.now();
    for (const set of [...this.streams.values()]) {
      for (const stream of [...set]) {
        if (stream.expiresAt <= now) this.end(stream, 'token expired');
        else stream.res.write(': ping\n\n');
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const set of [...this.streams.values()]) for (const stream of [...set]) this.end(stream, 'server stopping');
    for (const stop of this.stops) await stop();
    this.stops = [];
  }
}
