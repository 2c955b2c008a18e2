import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appResources, findProjectRoot } from '../resources';
import { loadMigrations } from '../store/migrate';
import { startWebHost } from './host';

/**
 * `npm run web`: serves the built renderer and the desktop services on
 * 127.0.0.1 and prints the URL with its access token.
 * WORKBENCH_DATA_DIR chooses the data folder, WORKBENCH_PORT the port.
 */
/**
 * The token is kept in the data folder (readable by this user only), so a
 * restarted host accepts the open tab's cookie and its event stream reconnects.
 */
function hostToken(dataDir: string): string {
  if (process.env.WORKBENCH_TOKEN) return process.env.WORKBENCH_TOKEN;
  const file = join(dataDir, 'web-host-token');
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(saved)) return saved;
  }
  const token = randomBytes(24).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, token, { mode: 0o600 });
  return token;
}

async function main(): Promise<void> {
  // Built (out/main/web.js) or from source (src/main/web/cli.ts): the checkout either way.
  const root = findProjectRoot(__dirname);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dataDir = resolve(process.env.WORKBENCH_DATA_DIR ?? join(root, '.data', 'web'));
  const port = Number(process.env.WORKBENCH_PORT ?? 5199);
  const host = await startWebHost({
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    migrations: loadMigrations(appResources().migrations),
    version: pkg.version,
    port: Number.isInteger(port) ? port : 5199,
    token: hostToken(dataDir),
  });
  process.stdout.write(`Omnichannel Workbench (browser host)\n  data: ${dataDir}\n  open: ${host.openUrl}\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
