import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { HttpError, invalid, tooLarge } from './errors';
import { SERVER_TIME_HEADER } from '../shared/sync-wire';
import { decodeUtf8, findMalformedText, UNPAIRED_SURROGATE } from '../shared/text';

/**
 * The few HTTP pieces the routes share: a bounded JSON body reader that keeps
 * text exactly or refuses it, schema parsing with a readable reason, and JSON
 * answers that never carry a stack trace.
 */

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

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
  // Not Buffer.toString: it would replace bytes that are not UTF-8 with U+FFFD without a word.
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text === null) throw invalid('the request body is not valid UTF-8');
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw invalid('the request body is not valid JSON');
  }
  // JSON may spell an unpaired surrogate as an escape (\ud800); stored, it would turn into U+FFFD.
  // Valid UTF-8 holds no surrogates itself, so only a body with such an escape needs the walk.
  const bad = SURROGATE_ESCAPE.test(text) ? findMalformedText(value) : null;
  if (bad !== null) throw invalid(`${bad}: the text ${UNPAIRED_SURROGATE}; nothing was stored`);
  return value;
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
