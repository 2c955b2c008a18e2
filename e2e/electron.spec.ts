import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The desktop app itself. Electron's binary is downloaded on first use from
 * outside the npm registry; where that download is unreachable (the build
 * machines) there is nothing to launch and this file skips, saying why.
 */
function electronBinary(): string | null {
  try {
    // The electron package's main export is the path of its binary (it throws when the download is missing).
    const path = createRequire(__filename)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const root = resolve(__dirname, '..');

test.describe('desktop app (Electron)', () => {
  test.skip(
    binary === null,
    'the Electron binary is not installed here (its download is unreachable); on a machine with Electron these tests run',
  );

  async function launch(dataDir: string, extraArgs: string[] = []) {
    return electron.launch({
      executablePath: binary!,
      args: [root, ...extraArgs],
      env: { ...process.env, WORKBENCH_DATA_DIR: dataDir },
    });
  }

  type Bridge = { invoke(m: string, i: unknown): Promise<{ ok: boolean; result?: unknown; error?: { code: string } }> };

  test('starts isolated, creates its first workspace and reopens the same one after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-electron-'));
    let app = await launch(dataDir);
    let page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    // The page has no Node: only the narrow bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { workbench?: unknown }).workbench)).toBe('object');
    const workspaces = () =>
      page.evaluate(() =>
        (
          globalThis as unknown as {
            workbench: {
              invoke(m: string, i: unknown): Promise<{ ok: boolean; result: { id: string; status: string }[] }>;
            };
          }
        ).workbench.invoke('workspaces.list', {}),
      );
    const first = await workspaces();
    expect(first.ok).toBe(true);
    expect(first.result.filter((w) => w.status === 'ready').length).toBe(1);
    await app.close();

    app = await launch(dataDir);
    page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    expect((await workspaces()).result.map((w) => w.id)).toEqual(first.result.map((w) => w.id));
    await app.close();
  });

  test('refuses a call from a foreign frame and blocks navigation away from the app', async () => {
    const app = await launch(mkdtempSync(join(tmpdir(), 'workbench-electron-')));
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    // A frame with another page: no bridge there, and the main side would refuse its calls.
    const refused = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>foreign</p>';
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r));
      return typeof (frame.contentWindow as unknown as { workbench?: unknown }).workbench;
    });
    expect(refused).toBe('undefined');
    await app.close();
  });

  test('a menu command reaches the page: Help › About shows the version', async () => {
    const app = await launch(mkdtempSync(join(tmpdir(), 'workbench-electron-')));
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    await app.evaluate(({ Menu }) => {
      const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined =>
        items.map((i) => (i.submenu ? find(i.submenu.items) : i)).find((i) => i?.label.startsWith('About'));
      find(Menu.getApplicationMenu()!.items)!.click();
    });
    await expect(page.getByRole('dialog', { name: 'About Omnichannel Workbench' })).toBeVisible();
    await app.close();
  });

  test('a workspace file given at start goes through the import', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-electron-'));
    let app = await launch(dataDir);
    let page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    const list = (await page.evaluate(() =>
      (globalThis as unknown as { workbench: Bridge }).workbench.invoke('workspaces.list', {}),
    )) as { result: { id: string }[] };
    const exported = (await page.evaluate(
      (id) =>
        (globalThis as unknown as { workbench: Bridge }).workbench.invoke('workspaces.exportFile', { workspaceId: id }),
      list.result[0]!.id,
    )) as { result: { content: string } };
    await app.close();

    const file = join(mkdtempSync(join(tmpdir(), 'workbench-file-')), 'Kopie.owb.json');
    writeFileSync(file, exported.result.content);
    app = await launch(mkdtempSync(join(tmpdir(), 'workbench-electron-')), [file]);
    page = await app.firstWindow();
    await expect(page.getByRole('status')).toContainText('from the file');
    await app.close();
  });
});
