import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations, tempDir } from '../store/test-support';
import { startWebHost, type WebHost } from './host';

/**
 * The browser host against a page elsewhere on this machine: cross-site
 * request forgery with the user's cookie (#17 item 9), malformed URLs that
 * once stopped the process (item 10), and DNS rebinding through a foreign
 * Host header (item 11). Each probe is a raw HTTP request with exactly the
 * headers a browser (or an attacker) would send.
 */

interface Reply {
  status: number;
  body: string;
}

let host: WebHost;
let port: number;
const TOKEN = 'host-security-test-token-0123456789abcdef';
const COOKIE = `workbench_token=${TOKEN}`;

function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  options: { rawPath?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          ...headers,
          ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
        },
        agent: false,
        insecureHTTPParser: options.rawPath,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function workspaceCount(): Promise<number> {
  return (await host.service.handlers['workspaces.list']({})).length;
}

const create = JSON.stringify({ name: 'Forged', language: 'en' });
const attacker = 'http://127.0.0.1:9';

beforeAll(async () => {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Workbench</title>');
  host = await startWebHost({ dataDir: tempDir(), rendererDir, migrations, version: 'test', token: TOKEN });
  port = Number(new URL(host.url).port);
}, 60_000);
afterAll(async () => host?.close());

describe('9: cross-site request forgery', () => {
  const forgeries: [string, Record<string, string>, string][] = [
    [
      'fetch with mode no-cors (text/plain) from another port',
      {
        cookie: COOKIE,
        'content-type': 'text/plain;charset=UTF-8',
        origin: attacker,
        'sec-fetch-site': 'same-site',
        'sec-fetch-mode': 'no-cors',
      },
      create,
    ],
    [
      'a form posting text/plain',
      { cookie: COOKIE, 'content-type': 'text/plain', origin: attacker, 'sec-fetch-site': 'same-site' },
      `${create.slice(0, -1)}, "x": "="}`,
    ],
    [
      'a urlencoded form',
      { cookie: COOKIE, 'content-type': 'application/x-www-form-urlencoded', origin: attacker },
      'name=Forged&language=en',
    ],
    [
      'a multipart form',
      { cookie: COOKIE, 'content-type': 'multipart/form-data; boundary=x', origin: attacker },
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nForged\r\n--x--',
    ],
    ['JSON from a foreign origin', { cookie: COOKIE, 'content-type': 'application/json', origin: attacker }, create],
    [
      'JSON with the custom header from a foreign origin',
      { cookie: COOKIE, 'content-type': 'application/json', origin: attacker, 'x-workbench-request': '1' },
      create,
    ],
    [
      'JSON from an opaque origin (sandboxed frame)',
      { cookie: COOKIE, 'content-type': 'application/json', origin: 'null', 'x-workbench-request': '1' },
      create,
    ],
    [
      'JSON with the custom header, cross-site by Sec-Fetch-Site',
      {
        cookie: COOKIE,
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
        'x-workbench-request': '1',
      },
      create,
    ],
    [
      'JSON without the custom header (a simple request needs none)',
      { cookie: COOKIE, 'content-type': 'application/json' },
      create,
    ],
    [
      'text/plain with the custom header',
      { cookie: COOKIE, 'content-type': 'text/plain', 'x-workbench-request': '1' },
      create,
    ],
  ];

  it.each(forgeries)('refuses %s and creates nothing', async (_name, headers, body) => {
    const before = await workspaceCount();
    const r = await send('POST', '/api/workspaces.create', headers, body);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(await workspaceCount()).toBe(before);
  });

  it('takes the page’s own calls: same origin, JSON, the custom header', async () => {
    const before = await workspaceCount();
    const r = await send(
      'POST',
      '/api/workspaces.create',
      {
        cookie: COOKIE,
        'content-type': 'application/json',
        origin: `http://127.0.0.1:${port}`,
        'sec-fetch-site': 'same-origin',
        'x-workbench-request': '1',
      },
      create,
    );
    expect(r.status).toBe(200);
    expect(await workspaceCount()).toBe(before + 1);
    // A tool with the token in the Authorization header needs no custom header.
    const tool = await send(
      'POST',
      '/api/workspaces.list',
      { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      '{}',
    );
    expect(tool.status).toBe(200);
  });
});

describe('10: malformed URLs', () => {
  const paths: [string, string][] = [
    '/%E0%A4%A',
    '/%',
    '/%zz',
    '/%E0%A4',
    '/%ff%fe',
    '/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%00',
    '/assets/%E0%A4%A.js',
    '//',
    '///%E0',
    '/?token=%E0%A4%A',
    '/api/%E0%A4%A',
    '/api/events%E0',
  ].map((p): [string, string] => [p, p]);
  paths.push(['a path of 6000 characters', `/${'a'.repeat(6000)}`]);

  it.each(paths)('answers %s without stopping', async (_label, path) => {
    for (const method of ['GET', 'POST']) {
      const r = await send(
        method,
        path,
        { cookie: COOKIE, 'content-type': 'application/json', 'x-workbench-request': '1' },
        method === 'POST' ? '{}' : undefined,
      );
      expect(r.status, `${method} ${path}`).toBeGreaterThanOrEqual(200);
      expect(r.status, `${method} ${path}`).toBeLessThan(500);
      expect(r.body).not.toContain('passwd');
    }
    // Still up.
    expect((await send('GET', '/', { cookie: COOKIE })).status).toBe(200);
  });
});

describe('11: Host header (DNS rebinding)', () => {
  it.each([
    ['evil.example', 'a foreign name'],
    ['evil.example:PORT', 'a foreign name with our port'],
    ['127.0.0.1', 'our address without the port'],
    ['127.0.0.1:1', 'our address with another port'],
    ['localhost.evil.example:PORT', 'a name that starts like ours'],
    ['192.168.1.10:PORT', 'another address'],
  ])('refuses Host %s (%s) even with a valid token', async (hostHeader) => {
    const value = hostHeader.replace('PORT', String(port));
    const before = await workspaceCount();
    for (const auth of [{ cookie: COOKIE }, { authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      expect((await send('GET', '/', { ...auth, host: value })).status).toBe(421);
      expect((await send('GET', `/?token=${TOKEN}`, { host: value })).status).toBe(421);
      const call = await send(
        'POST',
        '/api/workspaces.create',
        { ...auth, host: value, 'content-type': 'application/json', 'x-workbench-request': '1' },
        create,
      );
      expect(call.status).toBe(421);
    }
    expect(await workspaceCount()).toBe(before);
  });

  it.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT', 'LOCALHOST:PORT'])(
    'serves Host %s',
    async (hostHeader) => {
      const r = await send('GET', '/', { cookie: COOKIE, host: hostHeader.replace('PORT', String(port)) });
      expect(r.status).toBe(200);
    },
  );
});
