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

/**
 * The browser host: the same renderer and the same services as the desktop
 * app, over HTTP on 127.0.0.1. Every request needs the token printed at start;
 * the first visit trades the token in the URL for an HttpOnly cookie.
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
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
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

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!sameToken(offered, token))
        return send(res, 401, 'This link carries a wrong or old token. Use the URL printed by `npm run web`.');
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      return res.end();
    }
    if (!authorised(req)) return send(res, 401, 'Open the URL printed by `npm run web`: it carries the access token.');

    if (url.pathname === '/api/events' && req.method === 'GET') {
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
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'use POST');
      const method = url.pathname.slice('/api/'.length);
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
            413,
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
    serveStatic(res, url.pathname);
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
