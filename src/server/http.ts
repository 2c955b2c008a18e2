import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { HttpError, invalid, tooLarge } from './errors';
import { SERVER_TIME_HEADER } from '../shared/sync-wire';

/**
 * The few HTTP pieces the routes share: a method+path router with `:params`,
 * a bounded JSON body reader, and JSON answers that never carry a stack trace.
 */

export interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** The bearer token's SHA-256; throws 401 when the request has none. */
  tokenHash(): string;
  /** The JSON body checked against a schema; 413 above the size bound, 415 if not JSON. */
  body<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
}

/** `raw` is JSON text already; `stream` means the handler answers by itself (server-sent events). */
export type Reply = { status: number; json?: unknown; raw?: string } | { stream: true };
export type Handler = (r: Request) => Promise<Reply>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The handler and its params; `allowed` lists the methods when only the path matched. */
  match(
    method: string,
    pathname: string,
  ): { handler: Handler; params: Record<string, string> } | { allowed: string[] } | null {
    const parts = pathname.split('/').filter(Boolean);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchParts(route.parts, parts);
      if (!params) continue;
      if (route.method === method) return { handler: route.handler, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { allowed } : null;
  }
}

function matchParts(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    let part: string;
    try {
      part = decodeURIComponent(parts[i]!);
    } catch {
      return null;
    }
    if (p.startsWith(':')) params[p.slice(1)] = part;
    else if (p !== part) return null;
  }
  return params;
}

/** Reads at most `max` bytes; a larger body is drained and refused without being kept. */
export async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > max) {
    req.resume();
    throw tooLarge(`the request body of ${declared} bytes exceeds the limit of ${max} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) over = true;
    // Draining lets the client read our 413; a client that keeps sending far beyond is cut off.
    if (size > 4 * max) {
      req.destroy();
      break;
    }
    if (!over) chunks.push(chunk);
  }
  if (over) throw tooLarge(`the request body exceeds the limit of ${max} bytes`);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw invalid('the request body is not valid JSON');
  }
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw invalid(`${where}${issue?.message ?? 'invalid input'}`);
}

export function baseHeaders(now: number): Record<string, string> {
  return { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', [SERVER_TIME_HEADER]: String(now) };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  text: string,
  now: number,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...baseHeaders(now), 'Content-Type': 'application/json; charset=utf-8', ...extra });
  res.end(text);
}

export function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}
