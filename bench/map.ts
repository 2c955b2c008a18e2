import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { newId } from '../src/shared/ids';
import { keyBetween } from '../src/shared/ordering';
import type { Row } from '../src/shared/schema/tables';
import { rowEdits } from '../src/shared/edits';
import { buildFromTemplate, templateById } from '../src/shared/templates';
import { loadMigrations } from '../src/main/store/migrate';
import { startWebHost, type WebHost } from '../src/main/web/host';
import type { BenchFigure } from './figure';
import { BIG, bigJourneyEdits } from './map-seed';

/**
 * The journey map in Chromium through the browser host: how long a
 * 500-touchpoint journey takes to open (click in the list → every card in the
 * page, then the next frame), and how long a title edit takes to show on its
 * card. References: an empty journey with the same stages, and a template-
 * sized journey (7 cards) for the edit.
 */

const root = join(__dirname, '..');
const RUNS = 5;
const EDITS = 15;
const BIG_NAME = 'Bench: 500 touchpoints';
const HUGE_NAME = 'Bench: 5000 touchpoints';
const HUGE = { touchpoints: 5000, transitions: 6000 } as const;
const EMPTY_NAME = 'Bench: empty journey';
const SMALL_NAME = 'Bench: template journey';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

async function seed(host: WebHost): Promise<void> {
  const h = host.service.handlers;
  const { id: workspaceId } = await h['workspaces.create']({ name: 'Map bench', language: 'en' });
  await h['settings.update']({ lastWorkspaceId: workspaceId, language: 'en' });
  let channels = (await h['rows.list']({ workspaceId, table: 'channels', includeDeleted: false })) as Row<'channels'>[];
  const departments = (await h['rows.list']({
    workspaceId,
    table: 'departments',
    includeDeleted: false,
  })) as Row<'departments'>[];
  // The default catalogue has 14 channels; the bench journey uses 15.
  const last = [...channels].sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1)).at(-1)!;
  await h['edits.apply']({
    workspaceId,
    label: 'addChannel',
    edits: rowEdits('channels', newId(), {
      name: 'Partner portal',
      kind: 'other',
      sort_key: keyBetween(last.sort_key, null),
    }),
  });
  channels = (await h['rows.list']({ workspaceId, table: 'channels', includeDeleted: false })) as Row<'channels'>[];
  channels.sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));

  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits(newId(), BIG_NAME, channels, departments),
  });
  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits(newId(), EMPTY_NAME, channels, departments, { touchpoints: 0, transitions: 0 }),
  });
  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits(newId(), HUGE_NAME, channels, departments, HUGE),
  });
  const small = buildFromTemplate(templateById('ropo')!, { language: 'en', departments, channels, name: SMALL_NAME });
  await h['edits.apply']({ workspaceId, label: 'createJourney', edits: small.edits });
}

/**
 * From the click on the journey in the list to the map drawn — every stage
 * header and the cards in view (the map draws only the cards near its view,
 * so a journey with cards shows some) — and the frame after.
 */
async function openTime(page: Page, name: string, cards: number, stages: number = BIG.stages): Promise<number> {
  // A fresh page on the journey list: the place lives in the address, so a plain reload would reopen the last journey.
  await page.evaluate(`location.hash = '#/journeys'`);
  await page.reload();
  await page.getByRole('table', { name: 'Active journeys' }).getByRole('button', { name, exact: true }).waitFor();
  // Runs in the page; a string, because this file is compiled without the DOM library.
  return page.evaluate(`(async () => {
    const link = [...document.querySelectorAll('.journeys-table button.link')].find((b) => b.textContent === ${JSON.stringify(name)});
    const start = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () => {
        const done = document.querySelectorAll('.tp-card').length >= ${Math.min(cards, 1)} && document.querySelectorAll('.stage-head').length === ${stages};
        if (done) requestAnimationFrame(resolve); else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - start;
  })()`);
}

/**
 * One title edit in the side panel: Enter in the title field → the card shows
 * the new title and the service has answered the write (every request the
 * edit caused is back, see countRequests), then the next frame.
 */
async function editTime(page: Page, round: number): Promise<number> {
  return page.evaluate(`(async () => {
    const input = document.querySelector('.map-panel input[type="text"]');
    const id = document.querySelector('.tp-card.is-selected').dataset.id;
    const title = () => document.querySelector('.tp-card[data-id="' + id + '"] .tp-title').textContent;
    const next = 'Edited title ' + ${round};
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const sent = window.__benchSent;
    const start = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (title() === next && window.__benchPending === 0 && window.__benchSent > sent ? requestAnimationFrame(resolve) : requestAnimationFrame(check));
      check();
    });
    const took = performance.now() - start;
    await new Promise((r) => setTimeout(r, 150));
    return took;
  })()`);
}

/** Counts the page's API requests in flight, so an edit is timed until the service has answered it. */
const countRequests = `(() => {
  window.__benchPending = 0;
  window.__benchSent = 0;
  const real = window.fetch.bind(window);
  window.fetch = (...args) => {
    window.__benchPending += 1;
    window.__benchSent += 1;
    return real(...args).finally(() => { window.__benchPending -= 1; });
  };
})()`;

async function editTimes(page: Page, name: string, cards: number, stages: number): Promise<number[]> {
  await openTime(page, name, cards, stages);
  await page.locator('.tp-card').nth(3).click();
  await page.locator('.map-panel input[type="text"]').first().waitFor();
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) times.push(await editTime(page, i));
  return times;
}

export async function benchMap(): Promise<BenchFigure[]> {
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    execSync('npx electron-vite build', { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-map-bench-'));
  const host = await startWebHost({
    dataDir,
    rendererDir,
    migrations: loadMigrations(join(root, 'src', 'main', 'store', 'migrations')),
    version: 'bench',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--test-type',
    ],
  });
  try {
    await seed(host);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    await page.addInitScript(countRequests);
    await page.goto(host.openUrl);
    await page.getByRole('table', { name: 'Active journeys' }).waitFor();
    await openTime(page, BIG_NAME, BIG.touchpoints); // warm-up: code and caches
    const big: number[] = [];
    const empty: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      big.push(await openTime(page, BIG_NAME, BIG.touchpoints));
      empty.push(await openTime(page, EMPTY_NAME, 0));
    }
    await openTime(page, HUGE_NAME, HUGE.touchpoints); // warm-up at this size
    const huge: number[] = [];
    const hugeEmpty: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      huge.push(await openTime(page, HUGE_NAME, HUGE.touchpoints));
      hugeEmpty.push(await openTime(page, EMPTY_NAME, 0));
    }
    const bigEdits = await editTimes(page, BIG_NAME, BIG.touchpoints, BIG.stages);
    const hugeEdits = await editTimes(page, HUGE_NAME, HUGE.touchpoints, BIG.stages);
    const smallEdits = await editTimes(page, SMALL_NAME, 7, 4);
    const firstRender = median(big);
    const emptyRender = median(empty);
    const edit = median(bigEdits);
    const smallEdit = median(smallEdits);
    return [
      {
        id: 'map.first_render_ms',
        label: `journey map: open a journey with ${BIG.touchpoints} touchpoints, ${BIG.transitions} transitions (${BIG.stages} stages × ${BIG.channels} channels), median of ${RUNS}`,
        value: round(firstRender),
        unit: 'ms',
        aim: '< 1000 ms',
        reference: `empty journey, same stages: ${round(emptyRender)} ms`,
        ratio: firstRender / Math.max(1, emptyRender),
      },
      {
        id: 'map.edit_ms',
        label: `journey map: title edit to the card showing it and the service's answer, ${BIG.touchpoints}-touchpoint journey, median of ${EDITS}`,
        value: round(edit),
        unit: 'ms',
        aim: '< 50 ms',
        reference: `7-touchpoint journey: ${round(smallEdit)} ms`,
        ratio: edit / Math.max(0.1, smallEdit),
      },
      {
        id: 'map.first_render_5000_ms',
        label: `journey map: open a journey with ${HUGE.touchpoints} touchpoints, ${HUGE.transitions} transitions (${BIG.stages} stages × ${BIG.channels} channels), median of ${RUNS}`,
        value: round(median(huge)),
        unit: 'ms',
        aim: '< 1000 ms',
        reference: `empty journey, same stages, same run: ${round(median(hugeEmpty))} ms`,
        ratio: median(huge) / Math.max(1, median(hugeEmpty)),
      },
      {
        id: 'map.edit_5000_ms',
        label: `journey map: title edit to the card showing it and the service's answer, ${HUGE.touchpoints}-touchpoint journey, median of ${EDITS}`,
        value: round(median(hugeEdits)),
        unit: 'ms',
        aim: '< 50 ms',
        reference: `7-touchpoint journey: ${round(smallEdit)} ms`,
        ratio: median(hugeEdits) / Math.max(0.1, smallEdit),
      },
    ];
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
