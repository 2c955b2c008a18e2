import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { EVENT_NAMES, type Method } from '../../shared/contract';
import { MAX_WORKSPACE_FILE_CHARS } from '../../shared/workspace-file-format';
import { callEnveloped } from '../service/envelope';
import { EventHub } from '../service/events';
import { createService, type Service } from '../service/service';
import type { Migration } from '../store/migrate';
import type { OpenedFiles } from '../opened-files';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { decodeUtf8 } from '../../shared/text';
import { WEB_HOST_CALL_HEADER } from '../../shared/web-host';

/**
 * The browser host: the same renderer and the same services as the desktop
 * app, over HTTP on 127.0.0.1. Every request needs the token printed at start;
 * the first visit trades the token in the URL for an HttpOnly cookie.
 *
 * Other pages on this machine are not trusted: the Host header must name this
 * host (no DNS rebinding), a call must come from this origin, as JSON, with the
 * page's custom header (no cross-site request forgery: a cookie alone is not
 * enough), and no URL, however malformed, can stop the process.
 */

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  migrations: readonly Migration[];
  version: string;
  port?: number;
  token?: string;
  now?: () => number;
  /** Files to hand to the page as if the OS had opened them (tests of the desktop's file handoff). */
  openedFiles?: OpenedFiles;
}

export interface WebHost {
  url: string;
  /** The URL to open: carries the token once. */
  openUrl: string;
  token: string;
  service: Service;
  /** Pushes an event to the open pages, as the desktop shell does (tests of menu commands). */
  emit: EventHub['emit'];
  close(): Promise<void>;
}

const MAX_BODY = 24 * 1024 * 1024;
/**
 * Importing a workspace file sends the whole file as one JSON string: up to its
 * character limit, UTF-8 encoded (up to 3 bytes a character) and escaped once more.
 */
const LARGER_BODIES = new Map<string, number>([
  ['workspaces.importFile' satisfies Method, MAX_WORKSPACE_FILE_CHARS * 3 + 1024 * 1024],
]);
const COOKIE = 'workbench_token';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/**
 * Why a call is refused, or null when it is the page's own: same origin (by
 * Origin and Sec-Fetch-Site where the browser sends them), JSON, and the
 * custom header — or the token in an Authorization header (a tool, not a page).
 */
function forgeryRefusal(req: IncomingMessage, origin: string): string | null {
  const bearer = (req.headers.authorization ?? '').startsWith('Bearer ');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a call from another site (${site})`;
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return `a call from another origin (${from})`;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'a call that is not application/json';
  if (!bearer && req.headers[WEB_HOST_CALL_HEADER] !== '1') return `a call without the ${WEB_HOST_CALL_HEADER} header`;
  return null;
}

/** Bytes as text, refusing what is not UTF-8 rather than replacing it. */
function utf8(bytes: Buffer): string {
  const text = decodeUtf8(bytes);
  if (text === null) throw new BadRequest('the request body is not valid UTF-8');
  return text;
}

class BadRequest extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`request body larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(utf8(Buffer.concat(chunks)));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const hub = new EventHub();
  const service = createService({
    dataDir: options.dataDir,
    migrations: options.migrations,
    info: {
      name: 'Omnichannel Workbench',
      version: options.version,
      host: 'web',
      systemLanguage: Intl.DateTimeFormat().resolvedOptions().locale,
    },
    emit: hub.emit,
    now: options.now,
    openedFiles: options.openedFiles,
  });
  const streams = new Set<ServerResponse>();

  const authorised = (req: IncomingMessage): boolean => {
    const header = req.headers.authorization;
    const given = header?.startsWith('Bearer ') ? header.slice(7) : cookieToken(req);
    return given !== null && sameToken(given, token);
  };

  const serveStatic = (res: ServerResponse, pathname: string): void => {
    if (pathname.includes('\0')) return send(res, 400, 'This path is not valid.');
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    const file = join(options.rendererDir, relative || 'index.html');
    if (!file.startsWith(options.rendererDir + sep) && file !== options.rendererDir) return send(res, 403, 'forbidden');
    const target = existsSync(file) && statSync(file).isFile() ? file : join(options.rendererDir, 'index.html');
    if (!existsSync(target))
      return send(res, 500, 'The renderer is not built. Run `npm run web`, which builds it first.');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(target));
  };

  /** Set once listening: the Host values this host answers to, and its own origin. */
  let hosts = new Set<string>();
  let origin = '';

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 still says its own name here.
    if (!hosts.has((req.headers.host ?? '').toLowerCase()))
      return send(res, 421, 'This host answers only to 127.0.0.1, localhost and [::1] on its own port.');
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', origin);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'This address is not valid.');
    }
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!sameToken(offered, token))
        return send(res, 401, 'This link carries a wrong or old token. Use the URL printed by `npm run web`.');
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      res.end();
      return;
    }
    if (!authorised(req)) return send(res, 401, 'Open the URL printed by `npm run web`: it carries the access token.');

    if (pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'use POST');
      const refusal = forgeryRefusal(req, origin);
      if (refusal) {
        req.resume();
        return send(
          res,
          403,
          JSON.stringify({ ok: false, error: { code: 'forbidden', message: `refused ${refusal}` } }),
          'application/json',
        );
      }
      const method = pathname.slice('/api/'.length);
      readBody(req, LARGER_BODIES.get(method) ?? MAX_BODY)
        .then(async (body) => {
          let input: unknown;
          try {
            input = body.length === 0 ? {} : JSON.parse(body);
          } catch {
            return send(
              res,
              400,
              JSON.stringify({
                ok: false,
                error: { code: 'invalid_input', message: 'the request body is not valid JSON' },
              }),
              'application/json',
            );
          }
          const envelope = await callEnveloped(service.handlers, method, input);
          const status = envelope.ok
            ? 200
            : envelope.error.code === 'internal'
              ? 500
              : envelope.error.code === 'not_found'
                ? 404
                : 400;
          send(res, status, JSON.stringify(envelope), 'application/json');
        })
        .catch((err: unknown) =>
          send(
            res,
            err instanceof BadRequest ? 400 : 413,
            JSON.stringify({
              ok: false,
              error: { code: 'invalid_input', message: err instanceof Error ? err.message : String(err) },
            }),
            'application/json',
          ),
        );
      return;
    }
    if (req.method !== 'GET') return send(res, 405, 'method not allowed');
    serveStatic(res, pathname);
  };

  const server: Server = createServer((req, res) => {
    // Whatever a request holds, it gets an answer and the host stays up.
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) send(res, 400, 'This request cannot be answered.');
      else res.end();
    }
  });

  const unsubscribe = hub.subscribe((event, payload) => {
    if (!EVENT_NAMES.includes(event)) return;
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/`;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  origin = `http://127.0.0.1:${port}`;
  return {
    url: base,
    openUrl: `${base}?token=${token}`,
    token,
    service,
    emit: hub.emit,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
    },
  };
}
