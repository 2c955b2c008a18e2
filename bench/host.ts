import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium, median } from './browser';
import type { BenchFigure } from './figure';

/**
 * `npm run web` from process start to the first screen in Chromium (the app's
 * navigation visible), against a bare Node HTTP server started the same way
 * (a node process, a page with one element). The host runs the built bundle
 * (out/main/web.js); the TypeScript-at-start way it replaced is timed once as well.
 */

const root = join(__dirname, '..');
const RUNS = 5;

const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html><body><nav>ready</nav></body></html>');
});
server.listen(0, '127.0.0.1', () => process.stdout.write('  open: http://127.0.0.1:' + server.address().port + '/\\n'));
`;

/** Starts a process and resolves with the URL it prints after "open:". */
function started(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no URL within 60 s: ${out}${err}`));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /open: (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out}${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Process start → first screen: `ready` is what the page must show. */
async function firstScreen(browser: Browser, command: string, args: string[], ready: 'navigation'): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-host-bench-'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const start = performance.now();
  const { child, url } = await started(command, args, { WORKBENCH_DATA_DIR: dataDir, WORKBENCH_PORT: '0' });
  try {
    await page.goto(url);
    await page.getByRole(ready).first().waitFor();
    return performance.now() - start;
  } finally {
    await page.close();
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchHost(): Promise<BenchFigure[]> {
  if (!existsSync(join(root, 'out', 'main', 'web.js')))
    execSync('npx electron-vite build', { cwd: root, stdio: 'inherit' });
  const browser = await launchChromium();
  try {
    const host: number[] = [];
    const bare: number[] = [];
    // A warm-up of each, so disk caches favour neither.
    await firstScreen(browser, process.execPath, [join('out', 'main', 'web.js')], 'navigation');
    await firstScreen(browser, process.execPath, ['-e', BARE_SERVER], 'navigation');
    for (let run = 0; run < RUNS; run += 1) {
      host.push(await firstScreen(browser, process.execPath, [join('out', 'main', 'web.js')], 'navigation'));
      bare.push(await firstScreen(browser, process.execPath, ['-e', BARE_SERVER], 'navigation'));
    }
    const tsx = await firstScreen(
      browser,
      process.execPath,
      [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main/web/cli.ts'],
      'navigation',
    );
    const value = median(host);
    const reference = median(bare);
    return [
      {
        id: 'host.first_screen_ms',
        label: `browser host (built bundle): process start to the app's first screen in Chromium, fresh data folder, median of ${RUNS} (compiling TypeScript at start instead: ${Math.round(tsx)} ms)`,
        value: Math.round(value),
        unit: 'ms',
        reference: `bare Node HTTP server started the same way, to its page in Chromium: ${Math.round(reference)} ms`,
        ratio: value / reference,
        aim: '< 1500 ms',
      },
    ];
  } finally {
    await browser.close();
  }
}
