import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newId } from '../src/shared/ids';
import { rowEdits } from '../src/shared/edits';
import { keyBetween } from '../src/shared/ordering';
import type { Row } from '../src/shared/schema/tables';
import { buildFromTemplate, templateById } from '../src/shared/templates';
import { loadMigrations } from '../src/main/store/migrate';
import { startWebHost, type WebHost } from '../src/main/web/host';
import { launchChromium, median, round1 } from './browser';
import type { BenchFigure } from './figure';
import { BIG, bigJourneyEdits } from './map-seed';

/**
 * The page's responsiveness in Chromium through the browser host, in a
 * workspace with a 500-touchpoint journey:
 * - ui.keystroke_ms: a character typed into the title of a touchpoint (side
 *   panel) until the frame that shows it begins; reference: the same in a
 *   7-touchpoint workspace… journey (the template beside it).
 * - ui.switch_messages_ms: a click on "Messages" in the navigation until the
 *   section's touchpoint outline is in the page and the next frame begins;
 *   reference: switching to Settings.
 */

const root = join(__dirname, '..');
const KEYS = 30;
const SWITCHES = 7;
const BIG_NAME = 'Bench: 500 touchpoints';
const SMALL_NAME = 'Bench: template journey';

async function seed(host: WebHost): Promise<void> {
  const h = host.service.handlers;
  const { id: workspaceId } = await h['workspaces.create']({ name: 'UI bench', language: 'en' });
  await h['settings.update']({ lastWorkspaceId: workspaceId, language: 'en' });
  const list = async <T extends 'channels' | 'departments'>(table: T) =>
    (await h['rows.list']({ workspaceId, table, includeDeleted: false })) as Row<T>[];
  const byKey = <R extends { sort_key: string }>(rows: R[]) => rows.sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
  const last = byKey(await list('channels')).at(-1)!;
  await h['edits.apply']({
    workspaceId,
    label: 'addChannel',
    edits: rowEdits('channels', newId(), {
      name: 'Partner portal',
      kind: 'other',
      sort_key: keyBetween(last.sort_key, null),
    }),
  });
  const channels = byKey(await list('channels'));
  const departments = await list('departments');
  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits(newId(), BIG_NAME, channels, departments),
  });
  const small = buildFromTemplate(templateById('ropo')!, { language: 'en', departments, channels, name: SMALL_NAME });
  await h['edits.apply']({ workspaceId, label: 'createJourney', edits: small.edits });
}

async function openJourney(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys', exact: true }).click();
  await page.getByRole('table', { name: 'Active journeys' }).getByRole('button', { name, exact: true }).click();
  await page.locator('.tp-card').nth(3).click();
  await page.locator('.map-panel input[type="text"]').first().waitFor();
}

/** One character into the focused title field: input event → the frame after React has shown it. */
async function keystrokes(page: Page): Promise<number[]> {
  // Runs in the page; a string, because this file is compiled without the DOM library.
  return page.evaluate(`(async () => {
    const input = document.querySelector('.map-panel input[type="text"]');
    input.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const times = [];
    for (let i = 0; i < ${KEYS}; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const next = input.value + String.fromCharCode(97 + (i % 26));
      const start = performance.now();
      setter.call(input, next);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: next.slice(-1), inputType: 'insertText' }));
      await new Promise((r) => requestAnimationFrame(r));
      if (input.value !== next) throw new Error('the field did not keep the typed text');
      times.push(performance.now() - start);
    }
    return times;
  })()`);
}

/** Click a section in the navigation → `ready` is in the page → the next frame. */
async function switchTime(page: Page, section: string, ready: string): Promise<number> {
  return page.evaluate(`(async () => {
    const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === ${JSON.stringify(section)});
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    button.click();
    await new Promise((resolve, reject) => {
      const give = setTimeout(() => reject(new Error(${JSON.stringify(ready)} + ' never appeared')), 30000);
      const check = () => (document.querySelector(${JSON.stringify(ready)}) ? requestAnimationFrame(() => { clearTimeout(give); resolve(); }) : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  })()`);
}

export async function benchUi(): Promise<BenchFigure[]> {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html')))
    execSync('npx electron-vite build', { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-ui-bench-'));
  const host = await startWebHost({
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    migrations: loadMigrations(join(root, 'src', 'main', 'store', 'migrations')),
    version: 'bench',
  });
  const browser = await launchChromium();
  try {
    await seed(host);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    await page.goto(host.openUrl);
    await page.getByRole('table', { name: 'Active journeys' }).waitFor();

    await openJourney(page, BIG_NAME);
    await keystrokes(page); // warm-up
    const big = median(await keystrokes(page));
    await openJourney(page, SMALL_NAME);
    const small = median(await keystrokes(page));

    const messages: number[] = [];
    const settings: number[] = [];
    const outline = '.tp-outline';
    await switchTime(page, 'Messages', outline); // warm-up: the section's code and data
    for (let run = 0; run < SWITCHES; run += 1) {
      await switchTime(page, 'Journeys', 'h1');
      messages.push(await switchTime(page, 'Messages', outline));
      await switchTime(page, 'Journeys', 'h1');
      settings.push(await switchTime(page, 'Settings', '[id^="settings-"][role="tab"]'));
    }
    const toMessages = median(messages);
    const toSettings = median(settings);
    return [
      {
        id: 'ui.keystroke_ms',
        label: `keystroke in a touchpoint title (side panel) to the frame showing it, ${BIG.touchpoints}-touchpoint journey, median of ${KEYS}`,
        value: round1(big),
        unit: 'ms',
        reference: `the same in a 7-touchpoint journey: ${round1(small)} ms`,
        ratio: big / Math.max(0.1, small),
        aim: '< 16 ms',
      },
      {
        id: 'ui.switch_messages_ms',
        label: `switch to Messages (click to its touchpoint outline on screen) with a ${BIG.touchpoints}-touchpoint journey, median of ${SWITCHES}`,
        value: round1(toMessages),
        unit: 'ms',
        reference: `switch to Settings, same workspace: ${round1(toSettings)} ms`,
        ratio: toMessages / Math.max(0.1, toSettings),
        aim: '< 100 ms',
      },
    ];
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
